package org.switchboard.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The header lines of one AMI message, exactly as received: order, case, repeats and trailing
 * blanks kept. Lookup follows Asterisk (spec 01 §1.3, manager.c __astman_get_header): a line
 * matches {@code Name} when its first characters equal {@code Name} ignoring case and the next
 * character is exactly {@code ':'}; the value is the rest with leading blanks skipped and trailing
 * blanks kept. A missing header reads as the empty string.
 */
public final class AmiHeaders {
    private static final AmiHeaders EMPTY = new AmiHeaders(new String[0]);

    private final String[] lines;

    private AmiHeaders(String[] lines) {
        this.lines = lines;
    }

    public static AmiHeaders empty() {
        return EMPTY;
    }

    /** Headers from raw lines, e.g. {@code of("Action: Login", "Username: admin")}. */
    public static AmiHeaders of(String... lines) {
        return lines.length == 0 ? EMPTY : new AmiHeaders(lines.clone());
    }

    public static AmiHeaders of(List<String> lines) {
        return lines.isEmpty() ? EMPTY : new AmiHeaders(lines.toArray(new String[0]));
    }

    /** The raw lines, as received. */
    public List<String> lines() {
        return List.of(lines);
    }

    public int size() {
        return lines.length;
    }

    public boolean isEmpty() {
        return lines.length == 0;
    }

    /** The line at {@code index}, as received. */
    public String line(int index) {
        return lines[index];
    }

    /** The value of the first line named {@code name}, even if empty; "" when there is none. */
    public String first(String name) {
        for (String line : lines) {
            if (matches(line, name)) {
                return valueOf(line, name.length());
            }
        }
        return "";
    }

    /** The value of the first non-empty line named {@code name} (how Action is read); "" if none. */
    public String firstNonEmpty(String name) {
        for (String line : lines) {
            if (matches(line, name)) {
                String value = valueOf(line, name.length());
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return "";
    }

    /** Every value named {@code name}, in arrival order. */
    public List<String> all(String name) {
        List<String> out = new ArrayList<>(2);
        for (String line : lines) {
            if (matches(line, name)) {
                out.add(valueOf(line, name.length()));
            }
        }
        return out;
    }

    /** True if some line is named {@code name} (with any value). */
    public boolean has(String name) {
        for (String line : lines) {
            if (matches(line, name)) {
                return true;
            }
        }
        return false;
    }

    /** Does {@code line} carry header {@code name} (prefix ignoring case, then ':')? */
    public static boolean matches(String line, String name) {
        int n = name.length();
        return line.length() > n && line.charAt(n) == ':' && Ascii.regionMatchesIgnoreCase(line, 0, name, 0, n);
    }

    private static String valueOf(String line, int nameLength) {
        int i = nameLength + 1;
        while (i < line.length() && Ascii.isBlank(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AmiHeaders h && Arrays.equals(lines, h.lines);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lines);
    }

    @Override
    public String toString() {
        return String.join("\\r\\n", lines);
    }
}
