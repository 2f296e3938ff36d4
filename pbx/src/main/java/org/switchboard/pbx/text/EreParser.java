package org.switchboard.pbx.text;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.pbx.text.EreLexer.Type;

/**
 * Parses a POSIX extended regex into {@link EreNode}s. The recursive descent mirrors glibc's
 * {@code parse_reg_exp} / {@code parse_branch} / {@code parse_expression} / {@code parse_dup_op}
 * under RE_SYNTAX_POSIX_EXTENDED, so that the same patterns are accepted and refused, with the
 * same error codes: a repetition with nothing before it is BADRPT (RE_CONTEXT_INVALID_OPS), an
 * unmatched {@code )} is ordinary (RE_UNMATCHED_RIGHT_PAREN_ORD), a bad interval is an error
 * rather than literal text (no RE_INVALID_INTERVAL_ORD).
 */
final class EreParser {
    /** glibc's RE_DUP_MAX. */
    private static final int DUP_MAX = 0x7fff;
    private static final int NUMBER_EMPTY = -1;
    private static final int NUMBER_INVALID = -2;

    private final String pattern;
    private final boolean ignoreCase;
    private final EreLexer lexer;
    private int groupCount;
    /** Bit i: group i+1 is closed and may be back-referenced here (glibc completed_bkref_map). */
    private int completedGroups;

    EreParser(String pattern, boolean ignoreCase) {
        this.pattern = pattern;
        this.ignoreCase = ignoreCase;
        this.lexer = new EreLexer(pattern, ignoreCase);
    }

    EreNode parse() throws PosixRegexException {
        lexer.next();
        // at nesting level 0 an unmatched ')' is ordinary, so only the end stops regExp here
        return regExp(0);
    }

    private EreNode regExp(int nest) throws PosixRegexException {
        int completedBefore = completedGroups;
        EreNode first = branch(nest);
        if (lexer.type() != Type.ALTERNATION) {
            return first;
        }
        List<EreNode> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (lexer.type() == Type.ALTERNATION) {
            lexer.next();
            if (lexer.type() != Type.ALTERNATION && lexer.type() != Type.END
                    && (nest == 0 || lexer.type() != Type.CLOSE_GROUP)) {
                // a group closed in one alternative cannot be referenced from the next
                int accumulated = completedGroups;
                completedGroups = completedBefore;
                alternatives.add(branch(nest));
                completedGroups |= accumulated;
            } else {
                alternatives.add(EreNode.Empty.INSTANCE);
            }
        }
        return alternation(alternatives);
    }

    /**
     * Alternatives that are all single bytes, as in the common {@code (.|\n)*}, become one set:
     * the same language, and Java then repeats it in a loop instead of one stack frame per byte.
     */
    private static EreNode alternation(List<EreNode> alternatives) {
        if (alternatives.stream().allMatch(a -> a instanceof EreNode.Bytes)) {
            ByteSet union = new ByteSet();
            alternatives.forEach(a -> union.addAll(((EreNode.Bytes) a).set()));
            return new EreNode.Bytes(union);
        }
        return new EreNode.Alternation(List.copyOf(alternatives));
    }

    private EreNode branch(int nest) throws PosixRegexException {
        List<EreNode> parts = new ArrayList<>();
        addPart(parts, expression(nest));
        while (lexer.type() != Type.ALTERNATION && lexer.type() != Type.END
                && (nest == 0 || lexer.type() != Type.CLOSE_GROUP)) {
            addPart(parts, expression(nest));
        }
        if (parts.isEmpty()) {
            return EreNode.Empty.INSTANCE;
        }
        return parts.size() == 1 ? parts.get(0) : new EreNode.Concatenation(List.copyOf(parts));
    }

    private static void addPart(List<EreNode> parts, EreNode part) {
        if (!(part instanceof EreNode.Empty)) {
            parts.add(part);
        }
    }

    private EreNode expression(int nest) throws PosixRegexException {
        EreNode atom;
        switch (lexer.type()) {
            case CHARACTER:
            case CLOSE_GROUP: // an unmatched ')' is ordinary
            case CLOSE_INTERVAL: // so is a '}' that closes nothing
                atom = literal(lexer.ch());
                break;
            case OPEN_GROUP:
                atom = group(nest + 1);
                break;
            case OPEN_BRACKET:
                atom = bracket();
                break;
            case BACK_REF:
                atom = backReference(lexer.ch());
                break;
            case PERIOD:
                // RE_DOT_NEWLINE: newline too; RE_DOT_NOT_NULL: never NUL
                atom = bytes(ByteSet.of(0).complement());
                break;
            case WORD:
                atom = bytes(CLocale.wordChars());
                break;
            case NOT_WORD:
                atom = bytes(CLocale.wordChars().complement());
                break;
            case SPACE:
                atom = bytes(CLocale.SPACE.members());
                break;
            case NOT_SPACE:
                atom = bytes(CLocale.SPACE.members().complement());
                break;
            case ANCHOR:
                // glibc returns before looking for a repetition: "^*" is then BADRPT
                atom = new EreNode.Anchor(lexer.anchor());
                lexer.next();
                return atom;
            case STAR:
            case PLUS:
            case QUESTION:
            case OPEN_INTERVAL:
                throw error(PosixRegexError.BADRPT, lexer.tokenStart());
            case BACK_SLASH:
                throw error(PosixRegexError.EESCAPE, lexer.tokenStart());
            default: // ALTERNATION, END: an empty expression
                return EreNode.Empty.INSTANCE;
        }
        lexer.next();
        while (isRepetition(lexer.type())) {
            atom = repetition(atom);
        }
        return atom;
    }

    private static boolean isRepetition(Type type) {
        return type == Type.STAR || type == Type.PLUS || type == Type.QUESTION || type == Type.OPEN_INTERVAL;
    }

    private EreNode group(int nest) throws PosixRegexException {
        int index = groupCount++;
        int open = lexer.tokenStart();
        lexer.next();
        EreNode body = EreNode.Empty.INSTANCE;
        if (lexer.type() != Type.CLOSE_GROUP) {
            body = regExp(nest);
            if (lexer.type() != Type.CLOSE_GROUP) {
                throw error(PosixRegexError.EPAREN, open);
            }
        }
        if (index < 9) {
            completedGroups |= 1 << index;
        }
        return new EreNode.Group(index + 1, body);
    }

    private EreNode bracket() throws PosixRegexException {
        BracketParser parser = new BracketParser(pattern, ignoreCase, lexer.position());
        ByteSet set = parser.parse();
        lexer.resumeAt(parser.end());
        return bytes(set);
    }

    private EreNode backReference(int index) throws PosixRegexException {
        if ((completedGroups & (1 << index)) == 0) {
            throw error(PosixRegexError.ESUBREG, lexer.tokenStart());
        }
        return new EreNode.BackReference(index + 1);
    }

    private EreNode literal(int ch) {
        if (!ignoreCase) {
            return bytes(ByteSet.of(ch));
        }
        // glibc upper-cases the subject byte before comparing, so an escaped lower-case letter
        // (which the lexer keeps raw) matches nothing at all
        ByteSet set = new ByteSet();
        for (int b = 0; b < ByteSet.SIZE; b++) {
            if (CLocale.toUpper(b) == ch) {
                set.add(b);
            }
        }
        return bytes(set);
    }

    private static EreNode bytes(ByteSet set) {
        return new EreNode.Bytes(set);
    }

    /** glibc's parse_dup_op for the operator at the current token. */
    private EreNode repetition(EreNode atom) throws PosixRegexException {
        int min;
        int max;
        if (lexer.type() == Type.OPEN_INTERVAL) {
            int[] bounds = interval();
            min = bounds[0];
            max = bounds[1];
        } else {
            min = lexer.type() == Type.PLUS ? 1 : 0;
            max = lexer.type() == Type.QUESTION ? 1 : EreNode.Repetition.UNBOUNDED;
        }
        lexer.next();
        if (atom instanceof EreNode.Empty) {
            return atom;
        }
        if (atom instanceof EreNode.Repetition inner && inner.min() <= 1) {
            // stacked symbols such as "x???+++" repeat one atom: glibc matches them as the one
            // repetition they add up to, while nested Java loops would backtrack exponentially
            // (fuzz finding P1). With an inner minimum of 0 or 1 the counts {k*min..k*max} for
            // k = min..max of the outer one leave no gaps, so the product is exact.
            return new EreNode.Repetition(inner.body(), inner.min() * min, product(inner.max(), max));
        }
        // X{0} matches only the empty string; it is kept (glibc drops it) so that a group inside
        // it still exists for a back-reference, which then never matches, as in glibc
        return new EreNode.Repetition(atom, min, max);
    }

    private static int product(int innerMax, int outerMax) {
        if (innerMax == EreNode.Repetition.UNBOUNDED || outerMax == EreNode.Repetition.UNBOUNDED) {
            return innerMax == 0 || outerMax == 0 ? 0 : EreNode.Repetition.UNBOUNDED;
        }
        return innerMax * outerMax;
    }

    /** Reads {@code {n}}, {@code {n,}}, {@code {,m}}, {@code {n,m}}; returns {min, max or UNBOUNDED}. */
    private int[] interval() throws PosixRegexException {
        int open = lexer.tokenStart();
        int min = number();
        if (min == NUMBER_EMPTY) {
            if (!lexer.isCharacter(',')) {
                throw error(PosixRegexError.BADBR, open); // {}
            }
            min = 0; // {,m} is {0,m}
        }
        int max = NUMBER_INVALID;
        if (min != NUMBER_INVALID) {
            if (lexer.type() == Type.CLOSE_INTERVAL) {
                max = min;
            } else if (lexer.isCharacter(',')) {
                max = number();
            }
        }
        if (min == NUMBER_INVALID || max == NUMBER_INVALID) {
            throw error(lexer.type() == Type.END ? PosixRegexError.EBRACE : PosixRegexError.BADBR, open);
        }
        if ((max != NUMBER_EMPTY && min > max) || lexer.type() != Type.CLOSE_INTERVAL) {
            throw error(PosixRegexError.BADBR, open);
        }
        if ((max == NUMBER_EMPTY ? min : max) > DUP_MAX) {
            throw error(PosixRegexError.ESIZE, open);
        }
        return new int[] {min, max == NUMBER_EMPTY ? EreNode.Repetition.UNBOUNDED : max};
    }

    /** glibc's fetch_number: digits up to ',' or '}'; -1 if none, -2 if anything else came. */
    private int number() {
        int number = NUMBER_EMPTY;
        while (true) {
            lexer.next();
            if (lexer.type() == Type.END) {
                return NUMBER_INVALID;
            }
            if (lexer.type() == Type.CLOSE_INTERVAL || lexer.isCharacter(',')) {
                return number;
            }
            int c = lexer.ch();
            if (lexer.type() != Type.CHARACTER || c < '0' || c > '9' || number == NUMBER_INVALID) {
                number = NUMBER_INVALID;
            } else {
                number = number == NUMBER_EMPTY ? c - '0' : Math.min(DUP_MAX + 1, number * 10 + c - '0');
            }
        }
    }

    private PosixRegexException error(PosixRegexError code, int index) {
        return new PosixRegexException(code, pattern, index);
    }
}
