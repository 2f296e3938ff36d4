package org.switchboard.pbx.dialplan;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An extension of a context: its priorities in ascending order (a hint, priority -1, first) and
 * its labels. Its name, match name and caller id pattern are those of its first priority, as in
 * Asterisk. Immutable.
 */
public final class Extension {
    private final Priority[] priorities;
    private final Map<String, Priority> labels;

    Extension(List<Priority> priorities, Map<String, Priority> labels) {
        if (priorities.isEmpty()) {
            throw new IllegalArgumentException("an extension has at least one priority");
        }
        this.priorities = priorities.toArray(new Priority[0]);
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** The name as listed ({@code 'name' =>} in dialplan show, {@code Extension:} in ShowDialPlan). */
    public String name() {
        return priorities[0].extensionName();
    }

    /** The name used for matching and sorting. */
    public String matchName() {
        return priorities[0].matchName();
    }

    /** True for a pattern ({@code _...}). */
    public boolean isPattern() {
        return matchName().startsWith("_");
    }

    /** The caller id pattern used for matching, or null when the extension matches any caller. */
    public String callerIdMatch() {
        return priorities[0].callerIdMatch();
    }

    /** The registrar of the first priority (what listings print for every priority). */
    public String registrar() {
        return priorities[0].registrar();
    }

    /** The priorities, ascending. */
    public List<Priority> priorities() {
        return List.of(priorities);
    }

    /** The priority with that number, or null. */
    public Priority priority(int number) {
        int lo = 0;
        int hi = priorities.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int p = priorities[mid].number();
            if (p < number) {
                lo = mid + 1;
            } else if (p > number) {
                hi = mid - 1;
            } else {
                return priorities[mid];
            }
        }
        return null;
    }

    /** The priority carrying that label (case-sensitive), or null. */
    public Priority label(String label) {
        return labels.get(label);
    }

    /** The hint, or null. */
    public Priority hint() {
        return priorities[0].isHint() ? priorities[0] : null;
    }

    /** Label to priority, in the order the labels were registered. */
    public Map<String, Priority> labels() {
        return labels;
    }

    Priority[] priorityArray() {
        return priorities;
    }

    @Override
    public String toString() {
        return name() + Arrays.toString(Arrays.stream(priorities).mapToInt(Priority::number).toArray());
    }
}
