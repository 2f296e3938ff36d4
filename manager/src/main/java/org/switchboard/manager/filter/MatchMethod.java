package org.switchboard.manager.filter;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a filter compares its pattern with the event text or header value (spec 01 §4.1;
 * manager.c {@code match_type_names}). All comparisons are case-sensitive.
 */
public enum MatchMethod {
    /** POSIX extended regex searched anywhere, compiled without case folding. */
    REGEX("regex"),
    EXACT("exact"),
    STARTS_WITH("starts_with"),
    ENDS_WITH("ends_with"),
    CONTAINS("contains"),
    /** Matches anything; the default for advanced filters. */
    NONE("none");

    private final String keyword;

    MatchMethod(String keyword) {
        this.keyword = keyword;
    }

    /** The spelling inside {@code method(...)}, as Asterisk prints it in its warnings. */
    public String keyword() {
        return keyword;
    }

    /** The method spelled exactly {@code keyword}: lower case with underscores, nothing else. */
    public static Optional<MatchMethod> byKeyword(String keyword) {
        return Arrays.stream(values()).filter(m -> m.keyword.equals(keyword)).findFirst();
    }
}
