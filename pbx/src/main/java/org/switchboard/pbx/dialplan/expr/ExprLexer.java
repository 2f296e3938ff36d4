package org.switchboard.pbx.dialplan.expr;

import org.switchboard.pbx.dialplan.expr.ExprToken.Kind;

/**
 * The {@code $[...]} scanner (ast_expr2.fl), longest match first:
 *
 * <ul>
 *   <li>operators {@code | || & && = == =~ ~~ > < >= <= != + , - * / % ? ! : :: ( )};</li>
 *   <li>blanks ({@code space \t \r \n}) separate tokens;</li>
 *   <li>{@code "..."} is one operand, quotes included;</li>
 *   <li>{@code [0-9]+(\.[0-9]+)?} is a numeric operand unless a longer word matches;</li>
 *   <li>a word is a run of letters, digits, {@code . ' ; \ _ ^ # @}, bytes 128..255, and
 *       {@code $} followed by anything but {@code {};</li>
 *   <li>{@code ${...}} left in the text (after substitution) is one operand with what follows
 *       it up to a blank or an operator;</li>
 *   <li>any other char is skipped (flex echoes it to Asterisk's stdout).</li>
 * </ul>
 */
final class ExprLexer {
    private static final String TRAIL_STOP = "-\t\r \n$():?%/+=*<>!|&";

    private final String s;
    private int at;

    ExprLexer(String s) {
        this.s = s;
    }

    /** The next token; {@link Kind#END} at the end (its offset is the input length). */
    ExprToken next() {
        int n = s.length();
        while (at < n) {
            char c = s.charAt(at);
            int start = at;
            switch (c) {
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    at++;
                    continue;
                case '|':
                    return op(s.startsWith("||", at) ? 2 : 1, Kind.OR, start);
                case '&':
                    return op(s.startsWith("&&", at) ? 2 : 1, Kind.AND, start);
                case '=':
                    if (s.startsWith("=~", at)) {
                        return op(2, Kind.EQTILDE, start);
                    }
                    return op(s.startsWith("==", at) ? 2 : 1, Kind.EQ, start);
                case '~':
                    if (s.startsWith("~~", at)) {
                        return op(2, Kind.TILDETILDE, start);
                    }
                    at++;
                    continue;
                case '>':
                    return s.startsWith(">=", at) ? op(2, Kind.GE, start) : op(1, Kind.GT, start);
                case '<':
                    return s.startsWith("<=", at) ? op(2, Kind.LE, start) : op(1, Kind.LT, start);
                case '!':
                    return s.startsWith("!=", at) ? op(2, Kind.NE, start) : op(1, Kind.COMPL, start);
                case '+':
                    return op(1, Kind.PLUS, start);
                case ',':
                    return op(1, Kind.COMMA, start);
                case '-':
                    return op(1, Kind.MINUS, start);
                case '*':
                    return op(1, Kind.MULT, start);
                case '/':
                    return op(1, Kind.DIV, start);
                case '%':
                    return op(1, Kind.MOD, start);
                case '?':
                    return op(1, Kind.COND, start);
                case ':':
                    return s.startsWith("::", at) ? op(2, Kind.COLONCOLON, start) : op(1, Kind.COLON, start);
                case '(':
                    return op(1, Kind.LP, start);
                case ')':
                    return op(1, Kind.RP, start);
                case '"': {
                    int close = s.indexOf('"', at + 1);
                    if (close >= 0) {
                        at = close + 1;
                        return new ExprToken(Kind.TOKEN, s.substring(start, at), false, start);
                    }
                    at++;
                    continue;
                }
                default:
                    break;
            }
            if (s.startsWith("${", at)) {
                ExprToken t = variable(start, at);
                if (t != null) {
                    return t;
                }
                continue;
            }
            int wordEnd = wordEnd(at);
            if (wordEnd == at) {
                at++;
                continue;
            }
            if (s.startsWith("${", wordEnd)) {
                ExprToken t = variable(start, wordEnd);
                if (t != null) {
                    return t;
                }
                continue;
            }
            int numberEnd = numberEnd(at);
            at = wordEnd;
            return new ExprToken(Kind.TOKEN, s.substring(start, wordEnd), numberEnd == wordEnd, start);
        }
        return new ExprToken(Kind.END, "", false, n);
    }

    private ExprToken op(int length, Kind kind, int start) {
        at = start + length;
        return new ExprToken(kind, s.substring(start, at), false, start);
    }

    /**
     * The {@code var} and {@code trail} scanner states: from {@code ${} to its closing brace, then
     * the trailing text; another {@code ${} there starts over. Null when the input ends inside
     * the braces, where flex drops what it gathered.
     */
    private ExprToken variable(int start, int dollar) {
        int p = dollar;
        while (true) {
            p += 2;
            int curly = 0;
            while (true) {
                if (p >= s.length()) {
                    at = s.length();
                    return null;
                }
                char c = s.charAt(p++);
                if (c == '{') {
                    curly++;
                } else if (c == '}') {
                    curly--;
                    if (curly < 0) {
                        break;
                    }
                }
            }
            while (p < s.length() && TRAIL_STOP.indexOf(s.charAt(p)) < 0) {
                p++;
            }
            if (s.startsWith("${", p)) {
                continue;
            }
            at = p;
            return new ExprToken(Kind.TOKEN, s.substring(start, p), false, start);
        }
    }

    private int wordEnd(int from) {
        int p = from;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (isWordChar(c)) {
                p++;
            } else if (c == '$' && p + 1 < s.length() && s.charAt(p + 1) != '{') {
                p += 2;
            } else {
                break;
            }
        }
        return p;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '\'' || c == ';' || c == '\\' || c == '_' || c == '^' || c == '#' || c == '@'
                || (c >= 0x80 && c <= 0xff);
    }

    private int numberEnd(int from) {
        int p = from;
        while (p < s.length() && Character.isDigit(s.charAt(p)) && s.charAt(p) < 128) {
            p++;
        }
        if (p == from) {
            return -1;
        }
        if (p + 1 < s.length() && s.charAt(p) == '.' && isAsciiDigit(s.charAt(p + 1))) {
            p += 2;
            while (p < s.length() && isAsciiDigit(s.charAt(p))) {
                p++;
            }
        }
        return p;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
