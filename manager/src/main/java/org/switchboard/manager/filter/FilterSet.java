package org.switchboard.manager.filter;

import org.switchboard.manager.event.FilterableEvent;

/** Placeholder until the filters branch lands (replaced by the real implementation). */
public final class FilterSet {
    private static final FilterSet EMPTY = new FilterSet();

    public static FilterSet empty() {
        return EMPTY;
    }

    public boolean accepts(FilterableEvent event) {
        return true;
    }
}
