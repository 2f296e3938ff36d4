package org.switchboard.pbx.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * glibc's {@code ^} and {@code $} without REG_NEWLINE: at the subject's edges, and also next to a
 * newline that the same match consumes (its DFA enters the newline context on every {@code \n}).
 * Expectations from glibc 2.36.
 */
class PosixRegexNewlineAnchorTest {

    @Test
    void caretAfterAConsumedNewlineMatches() throws PosixRegexException {
        assertThat(find("a\n^b", "a\nb")).isTrue();
        assertThat(find(".*^Channel: Local", "Event: Hangup\r\nChannel: Local/x\r\n")).isTrue();
        assertThat(find("(x|\n)*^a", "\na")).isTrue();
    }

    @Test
    void caretThatStartsTheMatchOnlyMatchesAtTheSubjectStart() throws PosixRegexException {
        assertThat(find("^b", "a\nb")).isFalse();
        assertThat(find("^Channel", "Event: X\r\nChannel: Y\r\n")).isFalse();
        assertThat(find("(^|\n)a", "\na")).isTrue();
    }

    @Test
    void dollarBeforeAConsumedNewlineMatches() throws PosixRegexException {
        assertThat(find("a$\nb", "a\nb")).isTrue();
        assertThat(find("a$.", "a\nb")).isTrue();
        assertThat(find("a$.", "ab")).isFalse();
        assertThat(find("a$\n*", "a\n")).isTrue();
    }

    @Test
    void dollarThatEndsTheMatchOnlyMatchesAtTheSubjectEnd() throws PosixRegexException {
        assertThat(find("a$", "a\n")).isFalse();
        assertThat(find("Hangup$", "Event: Hangup\r\n\r\n")).isFalse();
        assertThat(find("a$|b", "a\n")).isFalse();
    }

    @Test
    void bufferAnchorsNeverLookAtNewlines() throws PosixRegexException {
        assertThat(find("\n\\`a", "\na")).isFalse();
        assertThat(find("a\\'\n", "a\n")).isFalse();
    }

    /**
     * The one approximation: a {@code ^} reachable both with and without consumed bytes before it
     * (or a {@code $} with and without bytes after it) is translated as "edge or newline", and
     * Java's lookaround also sees a newline just outside the match. glibc answers false to both;
     * patterns like these (an optional non-newline part next to a mid-pattern anchor) do not
     * occur in practice.
     */
    @Test
    void knownDeviationWhenAnAnchorMayOrMayNotHaveConsumedBytesBesideIt() throws PosixRegexException {
        assertThat(find("x*^a", "\na")).as("glibc: no match").isTrue();
        assertThat(find("a$x*", "a\n")).as("glibc: no match").isTrue();
    }

    private static boolean find(String ere, String subject) throws PosixRegexException {
        return PosixRegex.compile(ere, false).matcher(subject).find();
    }
}
