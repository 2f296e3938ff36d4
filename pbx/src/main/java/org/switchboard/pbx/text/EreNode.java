package org.switchboard.pbx.text;

import java.util.List;

/** The parsed form of a POSIX ERE, before it is written as a Java regex. */
sealed interface EreNode {

    /** Can this node match without consuming a byte? */
    boolean nullable();

    /** Can this node consume at least one byte? */
    boolean consumes();

    /** Matches nothing, successfully: an empty group, alternative or pattern, or {@code X{0}}. */
    record Empty() implements EreNode {
        static final Empty INSTANCE = new Empty();

        @Override public boolean nullable() {
            return true;
        }

        @Override public boolean consumes() {
            return false;
        }
    }

    /** One byte out of a set: a literal, {@code .}, a bracket expression, {@code \w} and the like. */
    record Bytes(ByteSet set) implements EreNode {
        @Override public boolean nullable() {
            return false;
        }

        @Override public boolean consumes() {
            return true;
        }
    }

    /** A capturing group; {@code number} counts from 1 in order of the opening parentheses. */
    record Group(int number, EreNode body) implements EreNode {
        @Override public boolean nullable() {
            return body.nullable();
        }

        @Override public boolean consumes() {
            return body.consumes();
        }
    }

    /** {@code \1}..{@code \9}. */
    record BackReference(int number) implements EreNode {
        @Override public boolean nullable() {
            return true;
        }

        @Override public boolean consumes() {
            return true;
        }
    }

    record Concatenation(List<EreNode> parts) implements EreNode {
        @Override public boolean nullable() {
            return parts.stream().allMatch(EreNode::nullable);
        }

        @Override public boolean consumes() {
            return parts.stream().anyMatch(EreNode::consumes);
        }
    }

    record Alternation(List<EreNode> alternatives) implements EreNode {
        @Override public boolean nullable() {
            return alternatives.stream().anyMatch(EreNode::nullable);
        }

        @Override public boolean consumes() {
            return alternatives.stream().anyMatch(EreNode::consumes);
        }
    }

    /** {@code body{min,max}}; {@code max} is {@link #UNBOUNDED} for {@code *}, {@code +} and {@code {n,}}. */
    record Repetition(EreNode body, int min, int max) implements EreNode {
        static final int UNBOUNDED = -1;

        @Override public boolean nullable() {
            return min == 0 || body.nullable();
        }

        @Override public boolean consumes() {
            return max != 0 && body.consumes();
        }

        boolean repeats() {
            return max == UNBOUNDED || max > 1;
        }
    }

    /**
     * A zero-width assertion. Instances are compared by identity where it matters: the writer asks
     * {@link NewlineAnchors} about each {@code ^} and {@code $} occurrence separately.
     */
    final class Anchor implements EreNode {
        private final EreLexer.Anchor kind;

        Anchor(EreLexer.Anchor kind) {
            this.kind = kind;
        }

        EreLexer.Anchor kind() {
            return kind;
        }

        @Override public boolean nullable() {
            return true;
        }

        @Override public boolean consumes() {
            return false;
        }
    }
}
