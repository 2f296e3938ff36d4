package org.switchboard.manager.action;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.protocol.Ascii;

/**
 * Every action the manager knows, by name ignoring case. ListCommands, {@code manager show
 * commands} and permission checks all read this one registry. Duplicate names are a programming
 * error and fail at start-up.
 */
public final class ActionRegistry {
    private final Map<String, ActionHandler> byName;
    private final List<ActionHandler> sorted;

    public ActionRegistry(Collection<ActionFamily> families) {
        Map<String, ActionHandler> map = new HashMap<>();
        for (ActionFamily f : families) {
            for (ActionHandler h : f.handlers()) {
                ActionHandler previous = map.put(Ascii.toLowerCase(h.name()), h);
                if (previous != null) {
                    throw new IllegalStateException("action registered twice: " + h.name());
                }
            }
        }
        this.byName = Collections.unmodifiableMap(map);
        List<ActionHandler> list = new ArrayList<>(map.values());
        // Asterisk keeps its action list sorted with strcasecmp
        list.sort(Comparator.comparing(h -> Ascii.toLowerCase(h.name())));
        this.sorted = Collections.unmodifiableList(list);
    }

    public Optional<ActionHandler> find(String name) {
        return Optional.ofNullable(byName.get(Ascii.toLowerCase(name)));
    }

    /** All actions, alphabetically ignoring case. */
    public List<ActionHandler> all() {
        return sorted;
    }
}
