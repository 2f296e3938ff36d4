package org.switchboard.manager.filter;

import org.switchboard.manager.event.FilterableEvent;

/** Placeholder until the filters branch lands (replaced by the real implementation). */
public final class FilterSet {
    private static final FilterSet EMPTY = new FilterSet();

    public static FilterSet empty() {
        return EMPTY;
    }

    public FilterSet withConfigFilter(String key, String value) {
        return this;
    }

    public boolean accepts(FilterableEvent event) {
        return true;
    }
}
