package org.switchboard.manager.filter;

import java.time.Duration;

/**
 * The text a regex filter reads, with a deadline: java.util.regex reads every character it tests
 * through {@link #charAt}, so checking the clock every few thousand reads stops a match that would
 * otherwise backtrack for hours, with {@link Exhausted}. Sensible filters on real events finish
 * in microseconds, far inside the budget.
 */
final class MatchBudget implements CharSequence {
    /** How long one filter may spend on one event. */
    static final Duration TIME = Duration.ofMillis(250);
    private static final int READS_BETWEEN_CHECKS = 8192;

    /** Thrown (without a stack trace) when the time is up. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("regex match budget exhausted", null, false, false);
        }
    }

    private static final Exhausted EXHAUSTED = new Exhausted();

    private final String text;
    private final long deadline;
    private int untilCheck = READS_BETWEEN_CHECKS;

    MatchBudget(String text) {
        this.text = text;
        this.deadline = System.nanoTime() + TIME.toNanos();
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck == 0) {
            untilCheck = READS_BETWEEN_CHECKS;
            if (System.nanoTime() - deadline > 0) {
                throw EXHAUSTED;
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
