package org.switchboard.manager.filter;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.switchboard.manager.event.FilterableEvent;

/**
 * The include and exclude filters of a user or a session, immutable. A session starts from a copy
 * of its user's set at login and adds the {@code Filter} action's entries with {@link #with}; the
 * user's set never changes (spec 01 §4.3).
 *
 * <p>{@link #accepts} decides as manager.c {@code should_send_event} (spec 01 §4.2): no filters,
 * everything passes; include filters only, an event passes if any matches; exclude filters only,
 * it passes unless one matches; both, it needs an include match and no exclude match. Order never
 * changes the answer. With no filters it costs two array-length checks and allocates nothing.
 */
public final class FilterSet {
    /** No filters: every event passes. */
    public static final FilterSet EMPTY = new FilterSet(new EventFilter[0], new EventFilter[0]);

    private final EventFilter[] includes;
    private final EventFilter[] excludes;

    private FilterSet(EventFilter[] includes, EventFilter[] excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /** A set of these filters, each going to the include or exclude side by its action. */
    public static FilterSet of(Collection<EventFilter> filters) {
        FilterSet set = EMPTY;
        for (EventFilter filter : filters) {
            set = set.with(filter);
        }
        return set;
    }

    /** A new set with {@code filter} added after the existing ones of its kind; this set is unchanged. */
    public FilterSet with(EventFilter filter) {
        if (filter.action() == FilterAction.EXCLUDE) {
            return new FilterSet(includes, append(excludes, filter));
        }
        return new FilterSet(append(includes, filter), excludes);
    }

    public List<EventFilter> includes() {
        return List.of(includes);
    }

    public List<EventFilter> excludes() {
        return List.of(excludes);
    }

    public boolean isEmpty() {
        return includes.length == 0 && excludes.length == 0;
    }

    /** Whether a session with these filters receives {@code event}. */
    public boolean accepts(FilterableEvent event) {
        if (includes.length > 0 && !anyMatches(includes, event)) {
            return false;
        }
        return excludes.length == 0 || !anyMatches(excludes, event);
    }

    private static boolean anyMatches(EventFilter[] filters, FilterableEvent event) {
        for (EventFilter filter : filters) {
            if (filter.matches(event)) {
                return true;
            }
        }
        return false;
    }

    private static EventFilter[] append(EventFilter[] filters, EventFilter filter) {
        EventFilter[] longer = Arrays.copyOf(filters, filters.length + 1);
        longer[filters.length] = filter;
        return longer;
    }

    @Override
    public String toString() {
        return "FilterSet[includes=" + Arrays.toString(includes) + ", excludes=" + Arrays.toString(excludes) + "]";
    }
}
