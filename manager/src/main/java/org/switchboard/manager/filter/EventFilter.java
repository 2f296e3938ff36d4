package org.switchboard.manager.filter;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.event.FilterableEvent;

/**
 * One parsed filter entry (manager.c {@code struct event_filter_entry}): include or exclude, an
 * optional event name, an optional header, and how to compare the pattern. Immutable and safe to
 * share between sessions and threads (a regex that keeps running out of time is given up for good).
 * Built by {@link EventFilterParser}.
 */
public final class EventFilter {
    private static final Logger LOG = LoggerFactory.getLogger(EventFilter.class);
    /** Regex matches that may run out of time before the filter is given up. */
    private static final int MAX_OVERRUNS = 3;

    private final FilterAction action;
    private final String eventName;
    private final String headerName;
    private final MatchMethod method;
    private final String pattern;
    private final Pattern regex;
    private final AtomicBoolean stackWarningLogged = new AtomicBoolean();
    private final AtomicInteger overruns = new AtomicInteger();

    EventFilter(FilterAction action, String eventName, String headerName, MatchMethod method, String pattern,
            Pattern regex) {
        this.action = action;
        this.eventName = eventName;
        this.headerName = headerName;
        this.method = method;
        this.pattern = pattern;
        this.regex = regex;
    }

    public FilterAction action() {
        return action;
    }

    /** The event name that must match exactly, with case ({@code name(...)}). */
    public Optional<String> eventName() {
        return Optional.ofNullable(eventName);
    }

    /** The header whose values are tested, always ending with {@code :} ({@code header(...)}). */
    public Optional<String> headerName() {
        return Optional.ofNullable(headerName);
    }

    public MatchMethod method() {
        return method;
    }

    /** The pattern without its leading {@code !}; empty for method {@code none}. */
    public String pattern() {
        return pattern;
    }

    /**
     * Whether this filter matches the event, as manager.c {@code filter_cmp_fn}: the name first,
     * then either the whole event text or, with a header, the value of every line that starts
     * with the header name (case-sensitive), leading blanks skipped, empty values ignored; one
     * matching line is enough.
     */
    public boolean matches(FilterableEvent event) {
        if (eventName != null && !eventName.equals(event.name())) {
            return false;
        }
        String text = event.text();
        if (headerName == null) {
            return matchesRange(text, 0, text.length());
        }
        return anyHeaderValueMatches(text);
    }

    private boolean anyHeaderValueMatches(String text) {
        int lineStart = 0;
        // lines as strings.c ast_read_line_from_buffer cuts them: up to '\n', minus one '\r'
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int next = newline < 0 ? text.length() : newline + 1;
            int lineEnd = newline < 0 ? text.length() : newline;
            if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            if (text.startsWith(headerName, lineStart) && lineStart + headerName.length() <= lineEnd) {
                int valueStart = skipBlanks(text, lineStart + headerName.length(), lineEnd);
                if (valueStart < lineEnd && matchesRange(text, valueStart, lineEnd)) {
                    return true;
                }
            }
            lineStart = next;
        }
        return false;
    }

    /** strings.h ast_skip_blanks: every byte below 33 is a blank. */
    private static int skipBlanks(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) < 33) {
            i++;
        }
        return i;
    }

    /** manager.c match_eventdata on {@code text[start, end)}, which Asterisk sees as a whole string. */
    private boolean matchesRange(String text, int start, int end) {
        switch (method) {
            case REGEX:
                return regexFinds(text, start, end);
            case EXACT:
                return end - start == pattern.length() && text.startsWith(pattern, start);
            case STARTS_WITH:
                return end - start >= pattern.length() && text.startsWith(pattern, start);
            case ENDS_WITH:
                return end - start >= pattern.length() && text.startsWith(pattern, end - pattern.length());
            case CONTAINS:
                int found = text.indexOf(pattern, start);
                return found >= 0 && found + pattern.length() <= end;
            default: // NONE
                return true;
        }
    }

    private boolean regexFinds(String text, int start, int end) {
        if (overruns.get() >= MAX_OVERRUNS) {
            return false;
        }
        try {
            // the region's edges are the string's edges for \A, \z and the word lookarounds
            return regex.matcher(new MatchBudget(text)).region(start, end).find();
        } catch (StackOverflowError e) {
            // java.util.regex recurses on some repeated groups where glibc does not; one
            // pathological filter must not take the event thread down with it
            if (stackWarningLogged.compareAndSet(false, true)) {
                LOG.warn("Event filter '{}' is too deep for a {}-byte text; treating it as not matching", this,
                        end - start);
            }
            return false;
        } catch (MatchBudget.Exhausted e) {
            // glibc matches nested repetitions such as "((x+)+)+" in linear time, java.util.regex
            // backtracks exponentially: such a filter would hold the core thread for good (fuzz
            // finding F1). An overrun counts as no match; after a few, the filter is given up.
            if (overruns.incrementAndGet() == MAX_OVERRUNS) {
                LOG.warn("Event filter '{}' took more than {} ms on an event {} times; it matches nothing from now on",
                        this, MatchBudget.TIME.toMillis(), MAX_OVERRUNS);
            }
            return false;
        }
    }

    @Override
    public String toString() {
        return action.name().toLowerCase() + (eventName == null ? "" : " name(" + eventName + ")")
                + (headerName == null ? "" : " header(" + headerName + ")") + " method(" + method.keyword() + ")"
                + (pattern.isEmpty() ? "" : " = " + pattern);
    }
}
