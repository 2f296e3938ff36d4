package org.switchboard.pbx.dialplan.pattern;

/**
 * How Asterisk stores an extension's name (pbx.c {@code ext_strncpy}, {@code ext_fluff_count};
 * callerid.c {@code ast_shrink_phone_number}).
 *
 * <p>Every extension keeps two spellings: the <em>display name</em>, with blanks removed (outside
 * a pattern's {@code [...]}) but dashes kept, and the <em>match name</em>, which also drops the
 * dashes, the "eye candy" of {@code _NXX-XXXX}. Matching and sorting use the match name; listings
 * show the display name.
 */
public final class ExtensionNames {
    private ExtensionNames() { }

    /** ext_strncpy without fluff removal: the display name. */
    public static String displayName(String extension) {
        return copy(extension, false);
    }

    /** ext_strncpy with fluff removal: the name used for matching and sorting. */
    public static String matchName(String extension) {
        return copy(extension, true);
    }

    /**
     * ext_fluff_count: the dashes of a name (outside {@code [...]} for a pattern). Asterisk only
     * makes a separate match name when there are some.
     */
    public static int fluffCount(String exten) {
        int fluff = 0;
        boolean pattern = !exten.isEmpty() && exten.charAt(0) == '_';
        for (int i = 0; i < exten.length(); i++) {
            char c = exten.charAt(i);
            if (c == '-') {
                fluff++;
            } else if (c == '[' && pattern) {
                int close = exten.indexOf(']', i);
                if (close < 0) {
                    return fluff;
                }
                i = close;
            }
        }
        return fluff;
    }

    private static String copy(String src, boolean noFluff) {
        StringBuilder out = null;
        boolean inSquares = false;
        boolean isPattern = !src.isEmpty() && src.charAt(0) == '_';
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            boolean drop = false;
            if (c == '[') {
                if (isPattern) {
                    inSquares = true;
                }
            } else if (c == ']') {
                inSquares = false;
            } else if (c == ' ' && !inSquares) {
                drop = true;
            } else if (c == '-' && !inSquares && noFluff) {
                drop = true;
            }
            if (drop) {
                if (out == null) {
                    out = new StringBuilder(src.length());
                    out.append(src, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? src : out.toString();
    }

    /**
     * ast_shrink_phone_number, which pbx_config applies to the caller id part of
     * {@code exten => 100/(555) 123-4567,...}: drops {@code ( )} and blanks, dashes outside
     * {@code [...]}, and dots except a final one.
     */
    public static String shrinkPhoneNumber(String n) {
        StringBuilder out = new StringBuilder(n.length());
        int bracketed = 0;
        for (int x = 0; x < n.length(); x++) {
            char c = n.charAt(x);
            switch (c) {
                case '[':
                    bracketed++;
                    out.append(c);
                    break;
                case ']':
                    bracketed--;
                    out.append(c);
                    break;
                case '-':
                    if (bracketed != 0) {
                        out.append(c);
                    }
                    break;
                case '.':
                    if (x + 1 == n.length()) {
                        out.append(c);
                    }
                    break;
                default:
                    if (c != '(' && c != ' ' && c != ')') {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
