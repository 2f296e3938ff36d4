package org.switchboard.pbx.text;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes parsed {@link EreNode}s as java.util.regex source that needs no flags: every single-byte
 * matcher is an explicit set of {@code \xHH} bytes (case folding already applied), anchors are
 * {@code \A}, {@code \z} and lookarounds (Java's {@code $} would also match before a final
 * newline), and anything repeated is wrapped in {@code (?:...)} so that a following POSIX operator
 * can never turn into a Java lazy or possessive suffix. Only groups that a back-reference names
 * capture, as {@code (?<gN>...)} for POSIX group N: fewer capturing groups let Java repeat more
 * groups in a loop rather than by recursion.
 */
final class JavaRegexWriter {
    private final boolean ignoreCase;
    private final NewlineAnchors newlineAnchors;
    private final Set<Integer> referencedGroups;
    private final String word = CLocale.wordChars().toJava();

    JavaRegexWriter(boolean ignoreCase, NewlineAnchors newlineAnchors, Set<Integer> referencedGroups) {
        this.ignoreCase = ignoreCase;
        this.newlineAnchors = newlineAnchors;
        this.referencedGroups = referencedGroups;
    }

    /** The numbers of the groups that some back-reference in {@code node} names. */
    static Set<Integer> referencedGroups(EreNode node) {
        Set<Integer> numbers = new HashSet<>();
        collectReferences(node, numbers);
        return numbers;
    }

    /** The numbers of every group in {@code node}, for callers that read sub-matches. */
    static Set<Integer> allGroups(EreNode node) {
        Set<Integer> numbers = new HashSet<>();
        collectGroups(node, numbers);
        return numbers;
    }

    private static void collectGroups(EreNode node, Set<Integer> numbers) {
        if (node instanceof EreNode.Group) {
            numbers.add(((EreNode.Group) node).number());
            collectGroups(((EreNode.Group) node).body(), numbers);
        } else if (node instanceof EreNode.Concatenation) {
            ((EreNode.Concatenation) node).parts().forEach(part -> collectGroups(part, numbers));
        } else if (node instanceof EreNode.Alternation) {
            ((EreNode.Alternation) node).alternatives().forEach(alternative -> collectGroups(alternative, numbers));
        } else if (node instanceof EreNode.Repetition) {
            collectGroups(((EreNode.Repetition) node).body(), numbers);
        }
    }

    private static void collectReferences(EreNode node, Set<Integer> numbers) {
        if (node instanceof EreNode.BackReference) {
            numbers.add(((EreNode.BackReference) node).number());
        } else if (node instanceof EreNode.Group) {
            collectReferences(((EreNode.Group) node).body(), numbers);
        } else if (node instanceof EreNode.Concatenation) {
            ((EreNode.Concatenation) node).parts().forEach(part -> collectReferences(part, numbers));
        } else if (node instanceof EreNode.Alternation) {
            ((EreNode.Alternation) node).alternatives().forEach(alternative -> collectReferences(alternative, numbers));
        } else if (node instanceof EreNode.Repetition) {
            collectReferences(((EreNode.Repetition) node).body(), numbers);
        }
    }

    String write(EreNode node) {
        if (node instanceof EreNode.Bytes) {
            return ((EreNode.Bytes) node).set().toJava();
        }
        if (node instanceof EreNode.Group) {
            EreNode.Group group = (EreNode.Group) node;
            String open = referencedGroups.contains(group.number()) ? "(?<g" + group.number() + ">" : "(?:";
            return open + write(group.body()) + ")";
        }
        if (node instanceof EreNode.BackReference) {
            // glibc compares against the upper-cased subject under REG_ICASE; Java's (?i)
            // back-reference folds ASCII only, as the C locale does
            String reference = "\\k<g" + ((EreNode.BackReference) node).number() + ">";
            return ignoreCase ? "(?i:" + reference + ")" : reference;
        }
        if (node instanceof EreNode.Concatenation) {
            return ((EreNode.Concatenation) node).parts().stream().map(this::write).collect(Collectors.joining());
        }
        if (node instanceof EreNode.Alternation) {
            return ((EreNode.Alternation) node).alternatives().stream().map(this::write)
                    .collect(Collectors.joining("|", "(?:", ")"));
        }
        if (node instanceof EreNode.Repetition) {
            EreNode.Repetition repetition = (EreNode.Repetition) node;
            String body = write(repetition.body());
            String operand = isAtomic(repetition.body()) ? body : "(?:" + body + ")";
            return operand + quantifier(repetition.min(), repetition.max());
        }
        if (node instanceof EreNode.Anchor) {
            return anchor((EreNode.Anchor) node);
        }
        return ""; // Empty
    }

    private static boolean isAtomic(EreNode node) {
        return node instanceof EreNode.Bytes || node instanceof EreNode.Group
                || node instanceof EreNode.BackReference || node instanceof EreNode.Alternation;
    }

    private static String quantifier(int min, int max) {
        if (max == EreNode.Repetition.UNBOUNDED) {
            return min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}";
        }
        if (min == max) {
            return "{" + min + "}";
        }
        return min == 0 && max == 1 ? "?" : "{" + min + "," + max + "}";
    }

    private String anchor(EreNode.Anchor anchor) {
        String wordFirst = "(?<!" + word + ")(?=" + word + ")";
        String wordLast = "(?<=" + word + ")(?!" + word + ")";
        switch (anchor.kind()) {
            case LINE_FIRST:
                return either(newlineAnchors.before(anchor), "\\A", "(?<=\\n)");
            case LINE_LAST:
                return either(newlineAnchors.after(anchor), "\\z", "(?=\\n)");
            case BUFFER_FIRST:
                return "\\A";
            case BUFFER_LAST:
                return "\\z";
            case WORD_FIRST:
                return wordFirst;
            case WORD_LAST:
                return wordLast;
            case WORD_DELIMITER:
                return "(?:" + wordFirst + "|" + wordLast + ")";
            default: // NOT_WORD_DELIMITER: inside a word, or between two non-word bytes
                return "(?:(?<=" + word + ")(?=" + word + ")|(?<!" + word + ")(?!" + word + "))";
        }
    }

    /**
     * A {@code ^} or {@code $} that can stand only at the subject's edge, only next to a newline
     * the match consumes, or at either. The "either" case is the one approximation: Java's
     * lookaround also sees a newline just outside the match.
     */
    private static String either(NewlineAnchors.Reach reach, String edge, String newline) {
        if (reach.inside() && !reach.edge()) {
            return newline;
        }
        return reach.inside() ? "(?:" + edge + "|" + newline + ")" : edge;
    }
}
