package org.switchboard.manager.filter;

/**
 * Why a filter was not added (manager.c {@code enum add_filter_result}), with the {@code Message}
 * the {@code Filter} action answers for it (spec 01 §4.3; manager.c {@code action_filter}).
 */
public enum FilterError {
    /** Only an out-of-memory condition in Asterisk; never produced here. */
    ALLOC_FAILED("Internal Error. Failed to allocate regex for filter"),
    /** The pattern is not a valid POSIX extended regex. */
    COMPILE_FAIL("Filter did not compile.  Check the syntax of the filter given."),
    /** The criteria or pattern break a rule of spec 01 §4.1. */
    FORMAT_ERROR("Filter was formatted incorrectly.  Check the syntax of the filter given.");

    private final String actionMessage;

    FilterError(String actionMessage) {
        this.actionMessage = actionMessage;
    }

    /** The {@code Message:} of the Filter action's error response (note the two spaces). */
    public String actionMessage() {
        return actionMessage;
    }
}
