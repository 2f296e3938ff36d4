package org.switchboard.pbx.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Patterns glibc 2.36's {@code regcomp} refuses, with the error code it returns. */
class PosixRegexErrorTest {

    record Case(String pattern, boolean ignoreCase, PosixRegexError error) {
        @Override public String toString() {
            return (ignoreCase ? "icase " : "") + PosixRegexTest.printable(pattern) + " -> " + error;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
            error("(", PosixRegexError.EPAREN),
            error("a(", PosixRegexError.EPAREN),
            error("(a", PosixRegexError.EPAREN),
            error("((a)", PosixRegexError.EPAREN),
            error("[", PosixRegexError.BADPAT),
            error("[a", PosixRegexError.EBRACK),
            error("[^", PosixRegexError.BADPAT),
            error("[]", PosixRegexError.EBRACK),
            error("[^]", PosixRegexError.EBRACK),
            error("[[:alpha:]", PosixRegexError.EBRACK),
            error("[[:alpha:", PosixRegexError.EBRACK),
            error("[[:foo:]]", PosixRegexError.ECTYPE),
            error("[[:ALPHA:]]", PosixRegexError.ECTYPE),
            error("[[::]]", PosixRegexError.ECTYPE),
            error("[[.ab.]]", PosixRegexError.ECOLLATE),
            error("[[..]]", PosixRegexError.ECOLLATE),
            error("[[=ab=]]", PosixRegexError.ECOLLATE),
            error("[z-a]", PosixRegexError.ERANGE),
            error("[a-b-c]", PosixRegexError.ERANGE),
            error("[a--]", PosixRegexError.ERANGE),
            error("[[:alpha:]-z]", PosixRegexError.ERANGE),
            error("[a-[:alpha:]]", PosixRegexError.ERANGE),
            error("[[=a=]-z]", PosixRegexError.ERANGE),
            error("a\\", PosixRegexError.EESCAPE),
            error("\\", PosixRegexError.EESCAPE),
            error("\\1", PosixRegexError.ESUBREG),
            error("(a\\1)", PosixRegexError.ESUBREG),
            error("(a)|\\1", PosixRegexError.ESUBREG),
            error("*a", PosixRegexError.BADRPT),
            error("+a", PosixRegexError.BADRPT),
            error("?a", PosixRegexError.BADRPT),
            error("{1}a", PosixRegexError.BADRPT),
            error("a|*", PosixRegexError.BADRPT),
            error("(*a)", PosixRegexError.BADRPT),
            error("^*", PosixRegexError.BADRPT),
            error("a$+", PosixRegexError.BADRPT),
            error("\\<*", PosixRegexError.BADRPT),
            error("\\b?", PosixRegexError.BADRPT),
            error("a{", PosixRegexError.EBRACE),
            error("a{1", PosixRegexError.EBRACE),
            error("a{1,", PosixRegexError.EBRACE),
            error("a{x}", PosixRegexError.BADBR),
            error("a{}", PosixRegexError.BADBR),
            error("a{1,2,3}", PosixRegexError.BADBR),
            error("a{2,1}", PosixRegexError.BADBR),
            error("a{ 1}", PosixRegexError.BADBR),
            error("a{32768}", PosixRegexError.ESIZE),
            error("a{1,32768}", PosixRegexError.ESIZE),
            error("a{99999999999}", PosixRegexError.ESIZE),
            error("a{1\\}", PosixRegexError.EBRACE),
            error("XX[X", PosixRegexError.EBRACK),
            icaseError("[Z-a]", PosixRegexError.ERANGE),
            icaseError("[[:LOWER:]]", PosixRegexError.ECTYPE),
            error("[[:abcdefghijklmnopqrstuvwxyzabcdef:]]", PosixRegexError.EBRACK),
            error("(?:a)", PosixRegexError.BADRPT),
            icaseError("[_-a]", PosixRegexError.ERANGE)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithGlibcsErrorCode(Case c) {
        assertThatThrownBy(() -> PosixRegex.compile(c.pattern(), c.ignoreCase()))
                .isInstanceOfSatisfying(PosixRegexException.class, e -> {
                    assertThat(e.error()).isEqualTo(c.error());
                    assertThat(e.pattern()).isEqualTo(c.pattern());
                });
    }

    @Test
    void errorCarriesGlibcsMessageAndWhere() {
        assertThatThrownBy(() -> PosixRegex.compile("ab(cd", false))
                .isInstanceOfSatisfying(PosixRegexException.class, e -> {
                    assertThat(e.error().message()).isEqualTo("Unmatched ( or \\(");
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("Unmatched ( or \\(", "ab(cd");
                });
    }

    @Test
    void patternEndsAtItsFirstNulAsACStringDoes() throws PosixRegexException {
        // glibc never sees what follows the NUL, so the unbalanced '(' does not matter
        assertThat(PosixRegex.compile("a\u0000(", false).matcher("xa").find()).isTrue();
        assertThat(PosixRegex.compile("a\u0000b", false).matcher("ab").find()).isTrue();
    }

    @Test
    void charsAboveByteRangeAreAProgrammingError() {
        assertThatThrownBy(() -> PosixRegex.compile("caf\u20ac", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a byte string");
    }

    private static Case error(String pattern, PosixRegexError error) {
        return new Case(pattern, false, error);
    }

    private static Case icaseError(String pattern, PosixRegexError error) {
        return new Case(pattern, true, error);
    }
}
