package org.switchboard.config;

/**
 * fnmatch(pattern, name, FNM_PERIOD) for one path component: {@code *}, {@code ?}, bracket
 * expressions ({@code [a-z]}, {@code [!x]}, {@code [^x]}, {@code [[:digit:]]}) and backslash
 * escapes. A leading {@code .} in the name must be matched by a literal {@code .}.
 */
final class FileNameMatcher {
    private FileNameMatcher() { }

    static boolean matches(String pattern, String name) {
        return matchFrom(pattern, 0, name, 0);
    }

    private static boolean matchFrom(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            boolean hiddenStart = si == 0 && !s.isEmpty() && s.charAt(0) == '.';
            char c = p.charAt(pi);
            if (c == '*') {
                if (hiddenStart) {
                    return false;
                }
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (matchFrom(p, pi, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (c == '?') {
                if (si >= s.length() || hiddenStart) {
                    return false;
                }
                pi++;
                si++;
                continue;
            }
            if (c == '[') {
                int end = bracketEnd(p, pi);
                if (end >= 0) {
                    if (si >= s.length() || hiddenStart || !bracketMatches(p, pi, end, s.charAt(si))) {
                        return false;
                    }
                    pi = end + 1;
                    si++;
                    continue;
                }
                // no closing ']': the '[' is an ordinary character
            }
            if (c == '\\' && pi + 1 < p.length()) {
                pi++;
                c = p.charAt(pi);
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return si == s.length();
    }

    /** Index of the ']' closing the bracket expression that opens at {@code open}, or -1. */
    private static int bracketEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ']') {
                return i;
            }
            if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int classEnd = p.indexOf(":]", i + 2);
                if (classEnd >= 0) {
                    i = classEnd + 2;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < p.length()) {
                i++;
            }
            i++;
        }
        return -1;
    }

    private static boolean bracketMatches(String p, int open, int close, char ch) {
        int i = open + 1;
        boolean negate = p.charAt(i) == '!' || p.charAt(i) == '^';
        if (negate) {
            i++;
        }
        boolean found = false;
        boolean first = true;
        while (i < close) {
            char c = p.charAt(i);
            if (c == '[' && i + 1 < close && p.charAt(i + 1) == ':') {
                int classEnd = p.indexOf(":]", i + 2);
                if (classEnd >= 0 && classEnd < close) {
                    found |= inClass(p.substring(i + 2, classEnd), ch);
                    i = classEnd + 2;
                    first = false;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < close) {
                i++;
                c = p.charAt(i);
            } else if (c == ']' && !first) {
                break;
            }
            first = false;
            if (i + 2 < close && p.charAt(i + 1) == '-') {
                char hi = p.charAt(i + 2);
                int next = i + 3;
                if (hi == '\\' && i + 3 < close) {
                    hi = p.charAt(i + 3);
                    next = i + 4;
                }
                found |= ch >= c && ch <= hi;
                i = next;
            } else {
                found |= ch == c;
                i++;
            }
        }
        return found != negate;
    }

    private static boolean inClass(String name, char c) {
        switch (name) {
            case "alpha": return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            case "digit": return c >= '0' && c <= '9';
            case "alnum": return inClass("alpha", c) || inClass("digit", c);
            case "upper": return c >= 'A' && c <= 'Z';
            case "lower": return c >= 'a' && c <= 'z';
            case "space": return CStrings.isSpace(c);
            case "blank": return c == ' ' || c == '\t';
            case "punct": return c > 32 && c < 127 && !inClass("alnum", c);
            case "xdigit": return inClass("digit", c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case "print": return c >= 32 && c < 127;
            case "graph": return c > 32 && c < 127;
            case "cntrl": return c < 32 || c == 127;
            default: return false;
        }
    }
}
