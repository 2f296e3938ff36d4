package org.switchboard.pbx.text;

import java.util.Optional;

/**
 * Reads one bracket expression ({@code [...]}) into the set of bytes it matches, following glibc's
 * {@code parse_bracket_exp} in the C locale: a leading {@code ]} (after an optional {@code ^}) is
 * literal, {@code -} is literal first or last, backslash is always literal, {@code [:class:]},
 * {@code [=c=]} and {@code [.c.]} name classes and single characters, and collation order is byte
 * order.
 *
 * <p>Under REG_ICASE glibc reads the expression upper-cased (class names excepted) and tests the
 * upper-cased subject byte against the set; {@link ByteSet#foldedForIgnoreCase()} turns that into
 * a plain set. So {@code [Z-a]} is an invalid range under REG_ICASE, as in glibc.
 */
final class BracketParser {
    /** glibc's BRACKET_NAME_BUF_SIZE: a class or collating name must be shorter. */
    private static final int MAX_NAME = 32;

    private enum TokenType { CHARACTER, RANGE, CLOSE, NON_MATCH, OPEN_COLLATING, OPEN_EQUIVALENCE, OPEN_CLASS, END }

    private enum ElementKind { BYTE, COLLATING, EQUIVALENCE, CLASS }

    private record Token(TokenType type, int ch, int length) { }

    private record Element(ElementKind kind, int ch, String name) { }

    private final String pattern;
    private final boolean ignoreCase;
    private int position;

    /** @param start the index just after the opening {@code [} */
    BracketParser(String pattern, boolean ignoreCase, int start) {
        this.pattern = pattern;
        this.ignoreCase = ignoreCase;
        this.position = start;
    }

    /** The index just after the closing {@code ]}, once {@link #parse()} returned. */
    int end() {
        return position;
    }

    ByteSet parse() throws PosixRegexException {
        ByteSet set = new ByteSet();
        Token token = peek();
        if (token.type() == TokenType.END) {
            throw error(PosixRegexError.BADPAT);
        }
        boolean nonMatching = token.type() == TokenType.NON_MATCH;
        if (nonMatching) {
            position += token.length();
            token = peek();
            if (token.type() == TokenType.END) {
                throw error(PosixRegexError.BADPAT);
            }
        }
        if (token.type() == TokenType.CLOSE) {
            token = new Token(TokenType.CHARACTER, token.ch(), token.length());
        }
        boolean firstElement = true;
        while (true) {
            Element start = element(token, firstElement);
            firstElement = false;
            token = peek();
            Token rangeEnd = null;
            if (start.kind() != ElementKind.CLASS && start.kind() != ElementKind.EQUIVALENCE) {
                if (token.type() == TokenType.END) {
                    throw error(PosixRegexError.EBRACK);
                }
                if (token.type() == TokenType.RANGE) {
                    position += token.length();
                    Token afterHyphen = peek();
                    if (afterHyphen.type() == TokenType.END) {
                        throw error(PosixRegexError.EBRACK);
                    }
                    if (afterHyphen.type() == TokenType.CLOSE) {
                        // a '-' right before ']' is an ordinary byte: step back and read it as one
                        position -= token.length();
                        token = new Token(TokenType.CHARACTER, token.ch(), token.length());
                    } else {
                        rangeEnd = afterHyphen;
                    }
                }
            }
            if (rangeEnd != null) {
                Element end = element(rangeEnd, true);
                token = peek();
                addRange(set, start, end);
            } else {
                add(set, start);
            }
            if (token.type() == TokenType.END) {
                throw error(PosixRegexError.EBRACK);
            }
            if (token.type() == TokenType.CLOSE) {
                break;
            }
        }
        position += token.length();
        ByteSet matched = nonMatching ? set.complement() : set;
        return ignoreCase ? matched.foldedForIgnoreCase() : matched;
    }

    private Token peek() {
        if (position >= pattern.length()) {
            return new Token(TokenType.END, 0, 0);
        }
        int c = byteAt(position);
        if (c == '[') {
            int c2 = position + 1 < pattern.length() ? byteAt(position + 1) : 0;
            switch (c2) {
                case '.': return new Token(TokenType.OPEN_COLLATING, c2, 2);
                case '=': return new Token(TokenType.OPEN_EQUIVALENCE, c2, 2);
                case ':': return new Token(TokenType.OPEN_CLASS, c2, 2);
                default: return new Token(TokenType.CHARACTER, c, 1);
            }
        }
        switch (c) {
            case '-': return new Token(TokenType.RANGE, c, 1);
            case ']': return new Token(TokenType.CLOSE, c, 1);
            case '^': return new Token(TokenType.NON_MATCH, c, 1);
            default: return new Token(TokenType.CHARACTER, c, 1);
        }
    }

    /** glibc's parse_bracket_element: consumes the token and what it opens. */
    private Element element(Token token, boolean hyphenAllowed) throws PosixRegexException {
        position += token.length();
        switch (token.type()) {
            case OPEN_COLLATING: return new Element(ElementKind.COLLATING, 0, name(token, false));
            case OPEN_EQUIVALENCE: return new Element(ElementKind.EQUIVALENCE, 0, name(token, false));
            case OPEN_CLASS: return new Element(ElementKind.CLASS, 0, name(token, true));
            case RANGE:
                // a '-' that is neither first, last nor a range end, as in [a-c-e]
                if (!hyphenAllowed && peek().type() != TokenType.CLOSE) {
                    throw error(PosixRegexError.ERANGE);
                }
                return new Element(ElementKind.BYTE, token.ch(), null);
            default:
                return new Element(ElementKind.BYTE, token.ch(), null);
        }
    }

    /** glibc's parse_bracket_symbol: the name up to the matching {@code :]}, {@code .]} or {@code =]}. */
    private String name(Token opener, boolean className) throws PosixRegexException {
        if (position >= pattern.length()) {
            throw error(PosixRegexError.EBRACK);
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; ; i++) {
            if (i >= MAX_NAME) {
                throw error(PosixRegexError.EBRACK);
            }
            int c = className ? pattern.charAt(position) : byteAt(position);
            position++;
            if (position >= pattern.length()) {
                throw error(PosixRegexError.EBRACK);
            }
            if (c == opener.ch() && byteAt(position) == ']') {
                break;
            }
            name.append((char) c);
        }
        position++;
        return name.toString();
    }

    private void add(ByteSet set, Element element) throws PosixRegexException {
        switch (element.kind()) {
            case BYTE:
                set.add(element.ch());
                break;
            case CLASS:
                set.addAll(charClass(element.name()).members());
                break;
            default:
                set.add(singleByteName(element));
                break;
        }
    }

    private void addRange(ByteSet set, Element start, Element end) throws PosixRegexException {
        if (isClassLike(start) || isClassLike(end)) {
            throw error(PosixRegexError.ERANGE);
        }
        int first = rangeEndpoint(start);
        int last = rangeEndpoint(end);
        if (first > last) {
            throw error(PosixRegexError.ERANGE);
        }
        set.addRange(first, last);
    }

    private static boolean isClassLike(Element element) {
        return element.kind() == ElementKind.CLASS || element.kind() == ElementKind.EQUIVALENCE;
    }

    private int rangeEndpoint(Element element) throws PosixRegexException {
        return element.kind() == ElementKind.BYTE ? element.ch() : singleByteName(element);
    }

    /** The C locale has no multi-character collating elements: only one-byte names exist. */
    private int singleByteName(Element element) throws PosixRegexException {
        if (element.name().length() != 1) {
            throw error(PosixRegexError.ECOLLATE);
        }
        return element.name().charAt(0);
    }

    private CLocale charClass(String name) throws PosixRegexException {
        // glibc build_charclass: under REG_ICASE upper and lower both mean alpha
        String effective = ignoreCase && (name.equals("upper") || name.equals("lower")) ? "alpha" : name;
        Optional<CLocale> found = CLocale.byName(effective);
        if (found.isEmpty()) {
            throw error(PosixRegexError.ECTYPE);
        }
        return found.get();
    }

    private int byteAt(int index) {
        int c = pattern.charAt(index);
        return ignoreCase ? CLocale.toUpper(c) : c;
    }

    private PosixRegexException error(PosixRegexError code) {
        return new PosixRegexException(code, pattern, position);
    }
}
