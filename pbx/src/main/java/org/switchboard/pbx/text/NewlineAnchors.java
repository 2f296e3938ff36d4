package org.switchboard.pbx.text;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out, for each {@code ^} and {@code $} of a pattern, whether a match can reach it with
 * nothing consumed before it (or after it, for {@code $}), with something consumed, or both.
 *
 * <p>Why: without REG_NEWLINE glibc's {@code ^} and {@code $} hold at the start and end of the
 * subject, but its DFA also lets them hold next to a newline that the same match consumes
 * ({@code build_trtable} moves to the newline context on every {@code '\n'} transition). So
 * {@code "a\n^b"} and {@code "a$\nb"} match {@code "a\nb"}, while {@code "^b"} does not match
 * {@code "a\nb"} and {@code "a$"} does not match {@code "a\n"}. A {@code ^} that can only follow
 * consumed bytes is therefore "after a newline", one that can only come first is "at the start".
 */
final class NewlineAnchors {
    /** Where an anchor can stand in a match: with nothing consumed on its side, or with something. */
    record Reach(boolean edge, boolean inside) {
        static final Reach START = new Reach(true, false);

        Reach or(Reach other) {
            return new Reach(edge || other.edge, inside || other.inside);
        }
    }

    private final Map<EreNode.Anchor, Reach> before = new IdentityHashMap<>();
    private final Map<EreNode.Anchor, Reach> after = new IdentityHashMap<>();

    NewlineAnchors(EreNode root) {
        walk(root, Reach.START, true);
        walk(root, Reach.START, false);
    }

    /** For a {@code ^}: can nothing / something have been consumed before it? */
    Reach before(EreNode.Anchor anchor) {
        return before.getOrDefault(anchor, Reach.START);
    }

    /** For a {@code $}: can nothing / something be consumed after it? */
    Reach after(EreNode.Anchor anchor) {
        return after.getOrDefault(anchor, Reach.START);
    }

    /**
     * Propagates the reach through {@code node}, left to right ({@code forward}) or right to left,
     * and returns the reach on its far side.
     */
    private Reach walk(EreNode node, Reach in, boolean forward) {
        if (node instanceof EreNode.Bytes) {
            return new Reach(false, true);
        }
        if (node instanceof EreNode.BackReference) {
            return new Reach(in.edge(), true); // the group may have matched empty, or not
        }
        if (node instanceof EreNode.Anchor) {
            Map<EreNode.Anchor, Reach> seen = forward ? before : after;
            seen.merge((EreNode.Anchor) node, in, Reach::or);
            return in;
        }
        if (node instanceof EreNode.Group) {
            return walk(((EreNode.Group) node).body(), in, forward);
        }
        if (node instanceof EreNode.Concatenation) {
            List<EreNode> parts = ((EreNode.Concatenation) node).parts();
            Reach reach = in;
            for (int i = 0; i < parts.size(); i++) {
                reach = walk(parts.get(forward ? i : parts.size() - 1 - i), reach, forward);
            }
            return reach;
        }
        if (node instanceof EreNode.Alternation) {
            Reach out = null;
            for (EreNode alternative : ((EreNode.Alternation) node).alternatives()) {
                Reach one = walk(alternative, in, forward);
                out = out == null ? one : out.or(one);
            }
            return out;
        }
        if (node instanceof EreNode.Repetition) {
            return walkRepetition((EreNode.Repetition) node, in, forward);
        }
        return in; // Empty
    }

    private Reach walkRepetition(EreNode.Repetition repetition, Reach in, boolean forward) {
        if (repetition.max() == 0) {
            return in;
        }
        Reach entry = in;
        Reach out = walk(repetition.body(), entry, forward);
        // later rounds start where earlier ones ended; two booleans settle within a few rounds
        while (repetition.repeats() && !entry.or(out).equals(entry)) {
            entry = entry.or(out);
            out = out.or(walk(repetition.body(), entry, forward));
        }
        return repetition.min() == 0 ? in.or(out) : out;
    }
}
