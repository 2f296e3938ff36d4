package org.switchboard.protocol;

/**
 * Asterisk's C escaping for event values such as caller names and ChanVariable values
 * (spec 02 §1.1; utils.c ast_escape_c): BEL, BS, FF, LF, CR, TAB, VT, backslash, single quote,
 * double quote and '?' become {@code \a \b \f \n \r \t \v \\ \' \" \?}.
 */
public final class CEscape {
    private CEscape() { }

    public static String escape(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && replacement(s.charAt(i)) == 0) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 8).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            char r = replacement(c);
            if (r == 0) {
                b.append(c);
            } else {
                b.append('\\').append(r);
            }
        }
        return b.toString();
    }

    private static char replacement(char c) {
        switch (c) {
            case 0x07: return 'a';
            case '\b': return 'b';
            case '\f': return 'f';
            case '\n': return 'n';
            case '\r': return 'r';
            case '\t': return 't';
            case 0x0b: return 'v';
            case '\\': return '\\';
            case '\'': return '\'';
            case '"': return '"';
            case '?': return '?';
            default: return 0;
        }
    }
}
