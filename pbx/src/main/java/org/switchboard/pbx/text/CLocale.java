package org.switchboard.pbx.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The C/POSIX locale's byte classes, as glibc's {@code <ctype.h>} has them: ASCII only, so no
 * byte from 0x80 up is a letter, digit, space, printable or control character.
 */
enum CLocale {
    ALNUM("alnum", b -> isAlpha(b) || isDigit(b)),
    ALPHA("alpha", CLocale::isAlpha),
    BLANK("blank", b -> b == ' ' || b == '\t'),
    CNTRL("cntrl", b -> b < 0x20 || b == 0x7f),
    DIGIT("digit", CLocale::isDigit),
    GRAPH("graph", b -> b > 0x20 && b < 0x7f),
    LOWER("lower", b -> b >= 'a' && b <= 'z'),
    PRINT("print", b -> b >= 0x20 && b < 0x7f),
    PUNCT("punct", b -> b > 0x20 && b < 0x7f && !isAlpha(b) && !isDigit(b)),
    SPACE("space", b -> b == ' ' || (b >= '\t' && b <= '\r')),
    UPPER("upper", b -> b >= 'A' && b <= 'Z'),
    XDIGIT("xdigit", b -> isDigit(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F'));

    private final String className;
    private final IntPredicate test;

    CLocale(String className, IntPredicate test) {
        this.className = className;
        this.test = test;
    }

    /** The class named in {@code [[:name:]]}; names are compared with case, as glibc does. */
    static Optional<CLocale> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.className.equals(name)).findFirst();
    }

    /** Every byte of this class. */
    ByteSet members() {
        ByteSet set = new ByteSet();
        for (int b = 0; b < ByteSet.SIZE; b++) {
            if (test.test(b)) {
                set.add(b);
            }
        }
        return set;
    }

    /** {@code toupper} in the C locale: only a-z change. */
    static int toUpper(int b) {
        return b >= 'a' && b <= 'z' ? b - ('a' - 'A') : b;
    }

    /** glibc's word characters ({@code \w} and the word anchors): alnum and underscore. */
    static ByteSet wordChars() {
        ByteSet set = ALNUM.members();
        set.add('_');
        return set;
    }

    private static boolean isAlpha(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }
}
