package org.switchboard.manager.channel.cli;

import java.util.regex.Pattern;

/**
 * fnmatch with FNM_NOESCAPE | FNM_PATHNAME | FNM_CASEFOLD as a Java pattern: {@code *} and
 * {@code ?} never match '/', bracket expressions neither, backslashes are plain characters.
 */
final class Glob {
    private Glob() { }

    static Pattern toPattern(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    String set = glob.substring(i + 1, close);
                    boolean negate = set.startsWith("!") || set.startsWith("^");
                    if (negate) {
                        set = set.substring(1);
                    }
                    StringBuilder cls = new StringBuilder("[").append(negate ? "^/" : "");
                    for (char s : set.toCharArray()) {
                        cls.append(s == '\\' || s == '[' || s == ']' || s == '^' || s == '&' ? "\\" + s : String.valueOf(s));
                    }
                    re.append(cls).append(negate ? "]" : "&&[^/]]");
                    i = close;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
