package org.switchboard.testkit;

import java.util.List;

import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.capture.FieldRules;

/**
 * Checks a received message line by line against what Asterisk would send. Lines must be equal,
 * except that the values {@link FieldRules#standard()} names (times, session ids, addresses,
 * Uniqueids, ...) only need the right shape.
 */
public final class AmiAssertions {
    private static final FieldRules RULES = FieldRules.standard();

    private AmiAssertions() { }

    /** Asserts that {@code actual} has exactly these header lines, in this order. */
    public static void assertLines(AmiMessage actual, String... expected) {
        assertLines(actual, RULES, expected);
    }

    public static void assertLines(AmiMessage actual, FieldRules rules, String... expected) {
        List<String> got = actual.headers().lines();
        for (int i = 0; i < Math.max(got.size(), expected.length); i++) {
            String want = i < expected.length ? expected[i] : "<nothing>";
            String have = i < got.size() ? got.get(i) : "<nothing>";
            if (!rules.lineMatches(want, have)) {
                throw new AssertionError("line " + (i + 1) + ": expected '" + want + "' but got '" + have
                        + "'\nwhole message:\n" + String.join("\n", got));
            }
        }
    }
}
