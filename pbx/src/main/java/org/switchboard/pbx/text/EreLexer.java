package org.switchboard.pbx.text;

/**
 * Splits a POSIX extended regex into tokens outside bracket expressions, the way glibc's
 * {@code peek_token} does under RE_SYNTAX_POSIX_EXTENDED: GNU backslash operators are on,
 * {@code \N} is a back-reference, any other escaped byte is that byte.
 *
 * <p>Under REG_ICASE glibc upper-cases the pattern before reading it, except the byte after a
 * backslash, which it reads raw; {@link #ch()} follows that, so {@code \a} stays a lower-case
 * {@code a} (which then never matches, as in glibc).
 */
final class EreLexer {
    enum Type {
        CHARACTER, BACK_SLASH, BACK_REF, OPEN_GROUP, CLOSE_GROUP, OPEN_BRACKET, PERIOD, ALTERNATION,
        STAR, PLUS, QUESTION, OPEN_INTERVAL, CLOSE_INTERVAL, ANCHOR,
        WORD, NOT_WORD, SPACE, NOT_SPACE, END
    }

    enum Anchor { LINE_FIRST, LINE_LAST, BUFFER_FIRST, BUFFER_LAST, WORD_FIRST, WORD_LAST, WORD_DELIMITER, NOT_WORD_DELIMITER }

    private final String pattern;
    private final boolean ignoreCase;
    private int position;
    private int tokenStart;
    private Type type = Type.END;
    private int ch;
    private Anchor anchor;

    EreLexer(String pattern, boolean ignoreCase) {
        this.pattern = pattern;
        this.ignoreCase = ignoreCase;
    }

    Type type() {
        return type;
    }

    /** The byte of a CHARACTER token, or the group index (0-based) of a BACK_REF. */
    int ch() {
        return ch;
    }

    Anchor anchor() {
        return anchor;
    }

    /** Where the current token starts; error positions point here. */
    int tokenStart() {
        return tokenStart;
    }

    /** Where the next token would start; bracket expressions are read from here by their own parser. */
    int position() {
        return position;
    }

    void resumeAt(int newPosition) {
        position = newPosition;
    }

    boolean isCharacter(int c) {
        return type == Type.CHARACTER && ch == c;
    }

    /** Reads the next token. */
    void next() {
        tokenStart = position;
        anchor = null;
        if (position >= pattern.length()) {
            type = Type.END;
            return;
        }
        int c = pattern.charAt(position);
        if (c == '\\') {
            readEscape();
            return;
        }
        position++;
        ch = ignoreCase ? CLocale.toUpper(c) : c;
        type = plainType(c);
    }

    private Type plainType(int c) {
        switch (c) {
            case '|': return Type.ALTERNATION;
            case '*': return Type.STAR;
            case '+': return Type.PLUS;
            case '?': return Type.QUESTION;
            case '{': return Type.OPEN_INTERVAL;
            case '}': return Type.CLOSE_INTERVAL;
            case '(': return Type.OPEN_GROUP;
            case ')': return Type.CLOSE_GROUP;
            case '[': return Type.OPEN_BRACKET;
            case '.': return Type.PERIOD;
            case '^': return anchor(Anchor.LINE_FIRST);
            case '$': return anchor(Anchor.LINE_LAST);
            default: return Type.CHARACTER;
        }
    }

    private void readEscape() {
        if (position + 1 >= pattern.length()) {
            position++;
            type = Type.BACK_SLASH;
            return;
        }
        int c = pattern.charAt(position + 1);
        position += 2;
        ch = c;
        type = escapedType(c);
        if (type == Type.BACK_REF) {
            ch = c - '1';
        }
    }

    private Type escapedType(int c) {
        switch (c) {
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return Type.BACK_REF;
            case '<': return anchor(Anchor.WORD_FIRST);
            case '>': return anchor(Anchor.WORD_LAST);
            case 'b': return anchor(Anchor.WORD_DELIMITER);
            case 'B': return anchor(Anchor.NOT_WORD_DELIMITER);
            case '`': return anchor(Anchor.BUFFER_FIRST);
            case '\'': return anchor(Anchor.BUFFER_LAST);
            case 'w': return Type.WORD;
            case 'W': return Type.NOT_WORD;
            case 's': return Type.SPACE;
            case 'S': return Type.NOT_SPACE;
            default: return Type.CHARACTER;
        }
    }

    private Type anchor(Anchor which) {
        anchor = which;
        return Type.ANCHOR;
    }
}
