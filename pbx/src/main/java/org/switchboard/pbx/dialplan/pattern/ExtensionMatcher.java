package org.switchboard.pbx.dialplan.pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does a dialled string match an extension? pbx.c {@code _extension_match_core}, the matcher
 * Asterisk uses by default ({@code extenpatternmatchnew = no}):
 *
 * <ul>
 *   <li>a name without a leading {@code _} is compared literally, ignoring {@code -} on both sides;</li>
 *   <li>a pattern ({@code _...}) knows {@code X} (0-9), {@code Z} (1-9), {@code N} (2-9), in either
 *       case, {@code [...]} sets with {@code a-b} ranges, {@code .} (one or more of anything, ends
 *       the match) and {@code !} (zero or more, an "early match"); {@code -} is ignored, {@code /}
 *       ends the pattern; an empty {@code []} is skipped; a {@code [} without {@code ]} never
 *       matches (with a warning when reached);</li>
 *   <li>MATCH wants the whole string, CANMATCH accepts a prefix too, MATCHMORE only a proper
 *       prefix.</li>
 * </ul>
 *
 * Chars compare as C's signed {@code char}, so bytes above 127 sort below {@code 0} inside ranges.
 * No allocation; safe for any thread.
 */
public final class ExtensionMatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionMatcher.class);

    /** No match. */
    public static final int NO_MATCH = 0;
    /** A match. */
    public static final int MATCH = 1;
    /** A match through {@code !} (zero or more further chars). */
    public static final int EARLY_MATCH = 2;

    private ExtensionMatcher() { }

    /** ast_extension_match: MATCH mode, true for a match or an early match. */
    public static boolean matches(String pattern, String data) {
        return match(pattern, data, MatchMode.MATCH) != NO_MATCH;
    }

    /**
     * extension_match_core: {@link #NO_MATCH}, {@link #MATCH} or {@link #EARLY_MATCH}. Null
     * arguments count as empty strings.
     */
    public static int match(String pattern, String data, MatchMode mode) {
        String p = pattern == null ? "" : pattern;
        String d = data == null ? "" : data;
        if (p.isEmpty() || p.charAt(0) != '_') {
            return literal(p, d, mode);
        }
        if (mode == MatchMode.MATCH && !d.isEmpty() && d.charAt(0) == '_'
                && ExtensionOrder.comparePatterns(p, 1, d, 1) == 0) {
            // a pattern given as the "dialled" string matches an equivalent pattern
            return MATCH;
        }
        return pattern(p, d, mode);
    }

    private static int literal(String p, String d, MatchMode mode) {
        int lp = lengthWithoutDashes(p);
        int ld = lengthWithoutDashes(d);
        if (lp < ld) {
            return NO_MATCH;
        }
        if (mode == MatchMode.MATCH) {
            return ExtensionOrder.compareLiteral(p, d) == 0 ? MATCH : NO_MATCH;
        }
        if (ld == 0 || startsWithIgnoringDashes(p, d)) {
            return mode == MatchMode.MATCHMORE ? (lp > ld ? MATCH : NO_MATCH) : MATCH;
        }
        return NO_MATCH;
    }

    private static int pattern(String p, String d, MatchMode mode) {
        int pi = 1;
        int di = 0;
        int pn = p.length();
        int dn = d.length();
        while (true) {
            while (di < dn && d.charAt(di) == '-') {
                di++;
            }
            while (pi < pn && p.charAt(pi) == '-') {
                pi++;
            }
            if (di >= dn || pi >= pn || p.charAt(pi) == '/') {
                break;
            }
            byte dc = (byte) d.charAt(di);
            char pc = p.charAt(pi);
            switch (pc) {
                case '[': {
                    int end = p.indexOf(']', pi + 1);
                    if (end < 0) {
                        LOG.warn("Wrong usage of [] in the extension");
                        return NO_MATCH;
                    }
                    if (end == pi + 1) {
                        // an empty set is ignored: it consumes no char of the dialled string
                        pi = end + 1;
                        continue;
                    }
                    if (!inSet(p, pi + 1, end, dc)) {
                        return NO_MATCH;
                    }
                    pi = end;
                    break;
                }
                case 'n':
                case 'N':
                    if (dc < '2' || dc > '9') {
                        return NO_MATCH;
                    }
                    break;
                case 'x':
                case 'X':
                    if (dc < '0' || dc > '9') {
                        return NO_MATCH;
                    }
                    break;
                case 'z':
                case 'Z':
                    if (dc < '1' || dc > '9') {
                        return NO_MATCH;
                    }
                    break;
                case '.':
                    return MATCH;
                case '!':
                    return EARLY_MATCH;
                default:
                    if (dc != (byte) pc) {
                        return NO_MATCH;
                    }
            }
            di++;
            pi++;
        }
        if (di < dn) {
            return NO_MATCH;
        }
        if (pi >= pn || p.charAt(pi) == '/') {
            return mode == MatchMode.MATCHMORE ? NO_MATCH : MATCH;
        }
        if (p.charAt(pi) == '!') {
            return EARLY_MATCH;
        }
        return mode == MatchMode.MATCH ? NO_MATCH : MATCH;
    }

    private static boolean inSet(String p, int from, int end, byte dc) {
        for (int i = from; i < end; i++) {
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                if (dc >= (byte) p.charAt(i) && dc <= (byte) p.charAt(i + 2)) {
                    return true;
                }
                i += 2;
            } else if (dc == (byte) p.charAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** ext_cmp_exten_strlen: length not counting {@code -}. */
    static int lengthWithoutDashes(String s) {
        int len = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '-') {
                len++;
            }
        }
        return len;
    }

    /** ext_cmp_exten_partial == 0: {@code prefix} is a prefix of {@code s}, ignoring dashes. */
    private static boolean startsWithIgnoringDashes(String s, String prefix) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < s.length() && s.charAt(i) == '-') {
                i++;
            }
            while (j < prefix.length() && prefix.charAt(j) == '-') {
                j++;
            }
            if (j >= prefix.length()) {
                return true;
            }
            if (i >= s.length() || s.charAt(i) != prefix.charAt(j)) {
                return false;
            }
            i++;
            j++;
        }
    }
}
