package org.switchboard.pbx.text;

/**
 * A pattern that glibc's {@code regcomp} would refuse. Asterisk turns this into its "compile
 * failed" answers (for AMI filters: {@code Filter did not compile.}, spec 01 §4.3).
 */
public final class PosixRegexException extends Exception {
    private final PosixRegexError error;
    private final String pattern;
    private final int index;

    PosixRegexException(PosixRegexError error, String pattern, int index) {
        super(error.message() + " at index " + index + " in '" + pattern + "'");
        this.error = error;
        this.pattern = pattern;
        this.index = index;
    }

    /** The glibc error code {@code regcomp} would return. */
    public PosixRegexError error() {
        return error;
    }

    /** The rejected pattern. */
    public String pattern() {
        return pattern;
    }

    /** Where in the pattern the problem was found (the parser's position, an aid for humans). */
    public int index() {
        return index;
    }
}
