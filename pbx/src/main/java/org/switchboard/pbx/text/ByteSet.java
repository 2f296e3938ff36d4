package org.switchboard.pbx.text;

/**
 * A mutable set of byte values 0..255: what one bracket expression, {@code .}, {@code \w} or
 * literal matches. It renders itself as a Java character class made only of {@code \xHH}
 * escapes, so no byte can be misread as Java class syntax ({@code [}, {@code &&}, {@code \}).
 */
final class ByteSet {
    static final int SIZE = 256;

    private final boolean[] members = new boolean[SIZE];

    static ByteSet of(int b) {
        ByteSet set = new ByteSet();
        set.add(b);
        return set;
    }

    void add(int b) {
        members[b] = true;
    }

    void addRange(int first, int last) {
        for (int b = first; b <= last; b++) {
            members[b] = true;
        }
    }

    void addAll(ByteSet other) {
        for (int b = 0; b < SIZE; b++) {
            members[b] |= other.members[b];
        }
    }

    boolean contains(int b) {
        return members[b];
    }

    ByteSet complement() {
        ByteSet set = new ByteSet();
        for (int b = 0; b < SIZE; b++) {
            set.members[b] = !members[b];
        }
        return set;
    }

    /**
     * The bytes glibc accepts for this set under REG_ICASE: it upper-cases the subject before
     * testing it, so a byte matches when its upper-case form is a member.
     */
    ByteSet foldedForIgnoreCase() {
        ByteSet set = new ByteSet();
        for (int b = 0; b < SIZE; b++) {
            set.members[b] = members[CLocale.toUpper(b)];
        }
        return set;
    }

    /** A Java regex that matches exactly one char that is a member; never matches if empty. */
    String toJava() {
        int count = 0;
        int only = -1;
        for (int b = 0; b < SIZE; b++) {
            if (members[b]) {
                count++;
                only = b;
            }
        }
        if (count == 0) {
            return "[^\\x00-\\x{10FFFF}]";
        }
        if (count == 1) {
            return single(only);
        }
        StringBuilder out = new StringBuilder("[");
        int b = 0;
        while (b < SIZE) {
            if (!members[b]) {
                b++;
                continue;
            }
            int last = b;
            while (last + 1 < SIZE && members[last + 1]) {
                last++;
            }
            out.append(hex(b));
            if (last > b) {
                out.append('-').append(hex(last));
            }
            b = last + 1;
        }
        return out.append(']').toString();
    }

    private static String single(int b) {
        boolean plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
        return plain ? String.valueOf((char) b) : hex(b);
    }

    private static String hex(int b) {
        return String.format("\\x%02x", b);
    }
}
