package org.switchboard.manager.filter;

import java.util.Objects;

/** What {@link EventFilterParser#parse} made of one criteria and pattern: a filter, or a refusal. */
public sealed interface FilterParseResult {

    /** The entry is valid. */
    record Accepted(EventFilter filter) implements FilterParseResult {
        public Accepted {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /**
     * The entry is refused. {@code warning} is the text Asterisk logs at WARNING for it (after its
     * {@code manager.c:} prefix, without Asterisk's leading space and final newline); config
     * loading logs it and skips the entry, the Filter action answers {@link FilterError#actionMessage()}.
     */
    record Rejected(FilterError error, String warning) implements FilterParseResult {
        public Rejected {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(warning, "warning");
        }
    }
}
