package org.switchboard.pbx.dialplan.clib;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one door through which the dialplan compiles POSIX extended regular expressions
 * ({@code regcomp(REG_EXTENDED)} in func_strings.c REGEX and ast_expr2.y {@code :} and {@code =~}).
 *
 * <p>This is a small ERE-to-java.util.regex translation: bracket expressions (with POSIX classes
 * and a literal backslash), intervals, a literal {@code {} or {@code )} where glibc takes them
 * literally, {@code $} only at the very end, {@code .} matching any byte. It is meant to be
 * replaced by {@code org.switchboard.pbx.text.PosixRegex} (branch {@code filters}), which
 * reproduces glibc exactly: swap the body of {@link #compile}. Limits until then: glibc's
 * leftmost-longest rule is not reproduced (Java takes the first alternative that matches) and
 * only the common compile errors are detected, with glibc's {@code regerror} texts.
 */
public final class DialplanRegex {
    private DialplanRegex() { }

    /** A pattern glibc's regcomp refuses; the message is what regerror prints. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        public SyntaxException(String regerrorText) {
            super(regerrorText);
        }
    }

    /**
     * Compiles {@code ere} (a byte string); {@link java.util.regex.Matcher#find()} then answers as
     * regexec does, and its groups are regexec's sub-matches.
     */
    public static Pattern compile(String ere, boolean ignoreCase) throws SyntaxException {
        String java = translate(CStrings.asCString(ere));
        try {
            return Pattern.compile(java, Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
        } catch (PatternSyntaxException e) {
            throw new SyntaxException("Invalid preceding regular expression");
        }
    }

    private static String translate(String ere) throws SyntaxException {
        StringBuilder out = new StringBuilder(ere.length() + 8);
        int depth = 0;
        int i = 0;
        int n = ere.length();
        while (i < n) {
            char c = ere.charAt(i);
            switch (c) {
                case '\\':
                    if (i + 1 >= n) {
                        throw new SyntaxException("Trailing backslash");
                    }
                    i = escape(ere, i + 1, out);
                    continue;
                case '[':
                    i = bracket(ere, i, out);
                    continue;
                case '(':
                    depth++;
                    out.append('(');
                    break;
                case ')':
                    if (depth == 0) {
                        out.append("\\)");
                    } else {
                        depth--;
                        out.append(')');
                    }
                    break;
                case '{':
                    int close = intervalEnd(ere, i);
                    if (close < 0) {
                        out.append("\\{");
                    } else {
                        out.append(ere, i, close + 1);
                        i = close;
                    }
                    break;
                case '}':
                    out.append("\\}");
                    break;
                case '$':
                    out.append("\\z");
                    break;
                default:
                    out.append(c);
            }
            i++;
        }
        if (depth > 0) {
            throw new SyntaxException("Unmatched ( or \\(");
        }
        return out.toString();
    }

    private static int escape(String ere, int at, StringBuilder out) {
        char c = ere.charAt(at);
        switch (c) {
            case 'w': case 'W': case 's': case 'S': case 'b': case 'B':
                out.append('\\').append(c);
                break;
            case '<':
                out.append("\\b(?=\\w)");
                break;
            case '>':
                out.append("\\b(?<=\\w)");
                break;
            case '`':
                out.append("\\A");
                break;
            case '\'':
                out.append("\\z");
                break;
            default:
                if (c >= '1' && c <= '9') {
                    out.append('\\').append(c);
                } else {
                    literal(c, out);
                }
        }
        return at + 1;
    }

    private static int intervalEnd(String ere, int open) {
        int i = open + 1;
        int digits = 0;
        while (i < ere.length() && CStrings.isDigit(ere.charAt(i))) {
            i++;
            digits++;
        }
        if (i < ere.length() && ere.charAt(i) == ',') {
            i++;
            while (i < ere.length() && CStrings.isDigit(ere.charAt(i))) {
                i++;
                digits++;
            }
        }
        return digits > 0 && i < ere.length() && ere.charAt(i) == '}' ? i : -1;
    }

    private static int bracket(String ere, int open, StringBuilder out) throws SyntaxException {
        int i = open + 1;
        int n = ere.length();
        StringBuilder set = new StringBuilder("[");
        if (i < n && ere.charAt(i) == '^') {
            set.append('^');
            i++;
        }
        if (i >= n) {
            throw new SyntaxException("Invalid regular expression");
        }
        boolean first = true;
        while (true) {
            if (i >= n) {
                throw new SyntaxException("Unmatched [, [^, [:, [., or [=");
            }
            char c = ere.charAt(i);
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (c == '[' && i + 1 < n && ere.charAt(i + 1) == ':') {
                int end = ere.indexOf(":]", i + 2);
                if (end < 0) {
                    throw new SyntaxException("Unmatched [, [^, [:, [., or [=");
                }
                set.append(posixClass(ere.substring(i + 2, end)));
                i = end + 2;
                continue;
            }
            if (c == '[' && i + 1 < n && (ere.charAt(i + 1) == '=' || ere.charAt(i + 1) == '.')) {
                String close = ere.charAt(i + 1) + "]";
                int end = ere.indexOf(close, i + 2);
                if (end < 0) {
                    throw new SyntaxException("Unmatched [, [^, [:, [., or [=");
                }
                String element = ere.substring(i + 2, end);
                if (element.length() != 1) {
                    throw new SyntaxException("Invalid collation character");
                }
                literal(element.charAt(0), set);
                i = end + 2;
                continue;
            }
            if (i + 2 < n && ere.charAt(i + 1) == '-' && ere.charAt(i + 2) != ']') {
                char last = ere.charAt(i + 2);
                if (last < c) {
                    throw new SyntaxException("Invalid range end");
                }
                literal(c, set);
                set.append('-');
                literal(last, set);
                i += 3;
                continue;
            }
            literal(c, set);
            i++;
        }
        out.append(set).append(']');
        return i + 1;
    }

    private static String posixClass(String name) throws SyntaxException {
        switch (name) {
            case "alpha": return "a-zA-Z";
            case "digit": return "0-9";
            case "alnum": return "a-zA-Z0-9";
            case "upper": return "A-Z";
            case "lower": return "a-z";
            case "space": return " \\t\\n\\x0B\\f\\r";
            case "blank": return " \\t";
            case "punct": return "!-/:-@\\[-`{-~";
            case "print": return " -~";
            case "graph": return "!-~";
            case "cntrl": return "\\x00-\\x1F\\x7F";
            case "xdigit": return "0-9A-Fa-f";
            default: throw new SyntaxException("Invalid character class name");
        }
    }

    private static void literal(char c, StringBuilder out) {
        if (Character.isLetterOrDigit(c) && c < 128) {
            out.append(c);
        } else {
            out.append(String.format("\\x{%x}", (int) c));
        }
    }
}
