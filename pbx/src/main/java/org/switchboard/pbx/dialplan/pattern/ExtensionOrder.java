package org.switchboard.pbx.dialplan.pattern;

import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order in which Asterisk keeps a context's extensions (pbx.c {@code ext_cmp},
 * {@code ext_cmp_exten}, {@code ext_cmp_pattern}, {@code ext_cmp_pattern_pos}). It is both the
 * matching precedence (the first extension that matches wins) and the order of
 * {@code dialplan show} and ShowDialPlan.
 *
 * <ol>
 *   <li>Literal names come before patterns, and compare char by char as C's signed {@code char},
 *       ignoring {@code -}; a shorter name that is a prefix comes first.</li>
 *   <li>Patterns compare position by position. Each position scores
 *       {@code (number of chars it accepts) << 8 | (its lowest char)}: a literal char scores
 *       {@code 0x100 | c}, {@code N} {@code 0x832}, {@code Z} {@code 0x931}, {@code X}
 *       {@code 0xA30}, a set {@code [..]} by its size and lowest char, {@code .} {@code 0x18000},
 *       {@code !} {@code 0x28000} and the end of the pattern {@code 0x30000}. The lower score sorts
 *       first; equal scores are separated by the sets themselves, the set holding the lower chars
 *       first. So {@code _XX} sorts before {@code _X.} (at the second position {@code X} beats
 *       {@code .}), {@code _X.} before {@code _X!}, and a longer pattern before its own prefix
 *       ({@code _XX} before {@code _X}, {@code _X.} before {@code _X}).</li>
 * </ol>
 *
 * Two names that compare equal are the same extension to Asterisk (for instance {@code _X} and
 * {@code _[0-9]}, or {@code 12} and {@code 1-2}): their priorities are merged.
 */
public final class ExtensionOrder {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionOrder.class);

    /** ext_cmp as a Comparator on match names. */
    public static final Comparator<String> COMPARATOR = ExtensionOrder::compare;

    private static final int END = 0x30000;

    private ExtensionOrder() { }

    /** ext_cmp: negative when {@code left} sorts first. */
    public static int compare(String left, String right) {
        boolean leftPattern = !left.isEmpty() && left.charAt(0) == '_';
        boolean rightPattern = !right.isEmpty() && right.charAt(0) == '_';
        if (!leftPattern) {
            return rightPattern ? -1 : compareLiteral(left, right);
        }
        if (!rightPattern) {
            return 1;
        }
        return comparePatterns(left, 1, right, 1);
    }

    /** ext_cmp_exten: literal comparison ignoring {@code -}, chars as signed bytes. */
    public static int compareLiteral(String left, String right) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < left.length() && left.charAt(i) == '-') {
                i++;
            }
            while (j < right.length() && right.charAt(j) == '-') {
                j++;
            }
            int l = i < left.length() ? (byte) left.charAt(i) : 0;
            int r = j < right.length() ? (byte) right.charAt(j) : 0;
            int cmp = l - r;
            if (cmp != 0 || l == 0) {
                return cmp;
            }
            i++;
            j++;
        }
    }

    /** ext_cmp_pattern on the pattern bodies starting at the given offsets (after the {@code _}). */
    public static int comparePatterns(String left, int leftFrom, String right, int rightFrom) {
        Position l = new Position(left, leftFrom);
        Position r = new Position(right, rightFrom);
        while (true) {
            int ls = l.next();
            int rs = r.next();
            int cmp = Integer.compare(ls, rs);
            if (cmp == 0) {
                // the same score: the set holding lower chars first (memcmp of the bit maps, swapped)
                for (int k = 0; k < 4 && cmp == 0; k++) {
                    cmp = Long.compareUnsigned(r.bits[k], l.bits[k]);
                }
            }
            if (cmp != 0 || l.ended) {
                return cmp;
            }
        }
    }

    /** One side of ext_cmp_pattern: reads positions and their char maps. */
    private static final class Position {
        private final String s;
        private int at;
        boolean ended;
        final long[] bits = new long[4];

        Position(String s, int from) {
            this.s = s;
            this.at = from;
        }

        /** ext_cmp_pattern_pos. */
        int next() {
            java.util.Arrays.fill(bits, 0);
            while (true) {
                char c;
                do {
                    c = at < s.length() ? s.charAt(at) : '\0';
                    at++;
                } while (c == '-');
                switch (c) {
                    case 'n':
                    case 'N':
                        range('2', '9');
                        return 0x0800 | '2';
                    case 'x':
                    case 'X':
                        range('0', '9');
                        return 0x0A00 | '0';
                    case 'z':
                    case 'Z':
                        range('1', '9');
                        return 0x0900 | '1';
                    case '.':
                        return 0x18000;
                    case '!':
                        return 0x28000;
                    case '\0':
                        ended = true;
                        return END;
                    case '[':
                        break;
                    default:
                        set(c & 0xff);
                        return 0x0100 | (c & 0xff);
                }
                int end = s.indexOf(']', at);
                if (end < 0) {
                    LOG.warn("Wrong usage of [] in the extension");
                    return 0x40000;
                }
                int count = 0;
                int cmin = 0xff;
                for (; at < end; at++) {
                    int c1 = s.charAt(at) & 0xff;
                    int c2 = c1;
                    if (at + 2 < end && s.charAt(at + 1) == '-') {
                        c2 = s.charAt(at + 2) & 0xff;
                        at += 2;
                    }
                    if (c1 < cmin) {
                        cmin = c1;
                    }
                    for (; c1 <= c2; c1++) {
                        if (!isSet(c1)) {
                            set(c1);
                            count += 0x100;
                        }
                    }
                }
                at++;
                if (count != 0) {
                    return count | cmin;
                }
                // an empty set is skipped: read the next position
            }
        }

        private void range(char from, char to) {
            for (int c = from; c <= to; c++) {
                set(c);
            }
        }

        private void set(int c) {
            bits[c >> 6] |= 1L << (63 - (c & 63));
        }

        private boolean isSet(int c) {
            return (bits[c >> 6] & (1L << (63 - (c & 63)))) != 0;
        }
    }
}
