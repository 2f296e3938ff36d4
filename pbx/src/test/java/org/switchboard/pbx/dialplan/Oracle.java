package org.switchboard.pbx.dialplan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the oracle tables under {@code oracle/}: each {@code X.cases} line (a command and its
 * tab-separated inputs) and the line of {@code X.out} that Asterisk's own C function printed for
 * it (see oracle/generate.sh).
 */
public final class Oracle {
    /** One case: the inputs after the command word, and Asterisk's output fields. */
    public record Row(String[] in, String[] out, String line) {
        @Override
        public String toString() {
            return line;
        }
    }

    private Oracle() { }

    public static List<Row> load(String name) {
        List<String> cases = lines("oracle/" + name + ".cases");
        List<String> outs = lines("oracle/" + name + ".out");
        if (cases.size() != outs.size()) {
            throw new IllegalStateException(name + ": " + cases.size() + " cases, " + outs.size() + " answers");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String[] f = cases.get(i).split("\t", -1);
            String[] in = new String[f.length - 1];
            for (int k = 1; k < f.length; k++) {
                in[k - 1] = unescape(f[k]);
            }
            rows.add(new Row(in, outs.get(i).split("\t", -1), cases.get(i)));
        }
        return rows;
    }

    /** The harness's escapes: backslash-t, backslash-n, and a backslash before any other char. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Oracle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
