package org.switchboard.protocol;

/**
 * One framed AMI message: its header lines up to the blank line, and whether framing found a
 * problem. An empty message (a blank line with no headers) is a real message, answered
 * {@code Missing action in request} (spec 01 §1.2).
 */
public record AmiMessage(AmiHeaders headers, ParseProblem problem) {

    public static AmiMessage of(String... lines) {
        return new AmiMessage(AmiHeaders.of(lines), ParseProblem.NONE);
    }

    public boolean wellFormed() {
        return problem == ParseProblem.NONE;
    }

    /** Shorthand for {@code headers().first(name)}. */
    public String header(String name) {
        return headers.first(name);
    }

    /** The ActionID to echo: the first ActionID header (leading blanks skipped, trailing kept). */
    public String actionId() {
        return headers.first(HeaderNames.ACTION_ID);
    }

    /** The action name: the first non-empty Action header (spec 01 §1.4 step 1). */
    public String action() {
        return headers.firstNonEmpty(HeaderNames.ACTION);
    }
}
