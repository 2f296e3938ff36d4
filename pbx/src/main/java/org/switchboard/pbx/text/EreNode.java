package org.switchboard.pbx.text;

import java.util.List;

/** The parsed form of a POSIX ERE, before it is written as a Java regex. */
sealed interface EreNode {

    /** Matches the empty string: an empty group, alternative or pattern. */
    record Empty() implements EreNode {
        static final Empty INSTANCE = new Empty();
    }

    /** One byte out of a set: a literal, {@code .}, a bracket expression, {@code \w} and the like. */
    record Bytes(ByteSet set) implements EreNode { }

    /** A group; {@code number} counts from 1 in order of the opening parentheses. */
    record Group(int number, EreNode body) implements EreNode { }

    /** {@code \1}..{@code \9}. */
    record BackReference(int number) implements EreNode { }

    record Concatenation(List<EreNode> parts) implements EreNode { }

    record Alternation(List<EreNode> alternatives) implements EreNode { }

    /** {@code body{min,max}}; {@code max} is {@link #UNBOUNDED} for {@code *}, {@code +} and {@code {n,}}. */
    record Repetition(EreNode body, int min, int max) implements EreNode {
        static final int UNBOUNDED = -1;

        boolean repeats() {
            return max == UNBOUNDED || max > 1;
        }
    }

    /**
     * A zero-width assertion. Compared by identity: {@link NewlineAnchors} answers for each
     * {@code ^} and {@code $} occurrence separately.
     */
    final class Anchor implements EreNode {
        private final EreLexer.Anchor kind;

        Anchor(EreLexer.Anchor kind) {
            this.kind = kind;
        }

        EreLexer.Anchor kind() {
            return kind;
        }
    }
}
