package org.switchboard.pbx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the translator against tables that glibc 2.36 produced (see
 * {@code generate-glibc-cases.py} beside the tables): a few thousand generated patterns mixing
 * every operator, and the membership of every byte in every C-locale class.
 */
class PosixRegexGlibcTableTest {

    record Case(int line, boolean ignoreCase, String pattern, String subject, String expected) {
        @Override public String toString() {
            return "line " + line + ": " + (ignoreCase ? "icase " : "") + PosixRegexTest.printable(pattern)
                    + " ~ " + PosixRegexTest.printable(subject) + " -> " + expected;
        }
    }

    static List<Case> generatedCases() {
        List<String> lines = resourceLines("glibc-ere-cases.tsv");
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("#")) {
                String[] f = lines.get(i).split("\t", -1);
                cases.add(new Case(i + 1, f[0].equals("i"), decode(f[1]), decode(f[2]), f[3]));
            }
        }
        return cases;
    }

    /** One test for the whole table (thousands of rows); a failure lists every row that differs. */
    @Test
    void generatedPatternsAnswerAsGlibcDoes() {
        List<Case> cases = generatedCases();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            String actual = answer(c);
            if (!actual.equals(c.expected())) {
                wrong.add(c + " but got " + actual);
            }
        }
        assertThat(cases).hasSizeGreaterThan(1000);
        assertThat(wrong).isEmpty();
    }

    private static String answer(Case c) {
        try {
            return PosixRegex.compile(c.pattern(), c.ignoreCase()).matcher(c.subject()).find() ? "match" : "nomatch";
        } catch (PosixRegexException e) {
            return e.error().name();
        }
    }

    record ClassCase(String name, boolean ignoreCase, BigInteger members) {
        @Override public String toString() {
            return "[[:" + name + ":]]" + (ignoreCase ? " icase" : "");
        }
    }

    static Stream<ClassCase> classes() {
        return resourceLines("glibc-c-locale-classes.tsv").stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> new ClassCase(f[0], f[1].equals("i"), new BigInteger(f[2], 16)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classes")
    void everyByteIsClassifiedAsInTheCLocale(ClassCase c) throws PosixRegexException {
        Pattern pattern = PosixRegex.compile("^[[:" + c.name() + ":]]$", c.ignoreCase());
        String expected = bytesOf(c.members());
        StringBuilder actual = new StringBuilder();
        for (int b = 1; b < 256; b++) {
            if (pattern.matcher(String.valueOf((char) b)).find()) {
                actual.append((char) b);
            }
        }
        assertThat(PosixRegexTest.printable(actual.toString())).isEqualTo(PosixRegexTest.printable(expected));
    }

    private static String bytesOf(BigInteger bits) {
        StringBuilder out = new StringBuilder();
        for (int b = 1; b < 256; b++) {
            if (bits.testBit(b)) {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    /** Undoes the %XX escapes of the tables. */
    private static String decode(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '%') {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = PosixRegexGlibcTableTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)).lines()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
