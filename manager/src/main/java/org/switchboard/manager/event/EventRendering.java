package org.switchboard.manager.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The global settings that shape every event's header (spec 01 §1.7): Timestamp when
 * timestampevents is on, the debug headers when debug is on, SystemName when asterisk.conf sets
 * one; and the disabledevents list.
 */
public record EventRendering(boolean timestampEvents, boolean debug, String systemName, List<String> disabledEvents) {

    public static final EventRendering DEFAULTS = new EventRendering(false, false, "", List.of());

    public EventRendering {
        disabledEvents = List.copyOf(disabledEvents);
    }

    /**
     * Splits a disabledevents value the way Asterisk matches it (strings.c
     * ast_in_delimited_string): on commas, blanks after a comma skipped, case and trailing blanks
     * kept.
     */
    public static List<String> parseDisabledEvents(String value) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return out;
        }
        for (String part : value.split(",", -1)) {
            int i = 0;
            while (i < part.length() && part.charAt(i) < 33) {
                i++;
            }
            out.add(part.substring(i));
        }
        return out;
    }

    /** The same settings with the debug headers on or off ({@code manager set debug}). */
    public EventRendering withDebug(boolean on) {
        return new EventRendering(timestampEvents, on, systemName, disabledEvents);
    }

    public boolean disabled(String eventName) {
        return !disabledEvents.isEmpty() && disabledEvents.contains(eventName);
    }
}
