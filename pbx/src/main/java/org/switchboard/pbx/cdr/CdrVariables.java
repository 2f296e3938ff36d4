package org.switchboard.pbx.cdr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.switchboard.pbx.text.AsciiCase;

/**
 * A CDR variable list (struct varshead) with Asterisk's list habits: index 0 is the head, a set
 * replaces the old entry and goes to the head, a copy inserts each entry at the head (so it
 * reverses the order), names compare without ASCII case.
 */
final class CdrVariables {
    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    /** cdr.c set_variable: removes {@code name}, then adds it at the head unless {@code value} is null. */
    void set(String name, String value) {
        for (int i = 0; i < entries.size(); i++) {
            if (AsciiCase.equal(entries.get(i).getKey(), name)) {
                entries.remove(i);
                break;
            }
        }
        if (value != null) {
            entries.add(0, Map.entry(name, value));
        }
    }

    /** cdr.c copy_variables: every entry with a name and a value, each inserted at the head. */
    int copyFrom(CdrVariables from) {
        int copied = 0;
        for (Map.Entry<String, String> e : from.entries) {
            if (e.getKey().isEmpty() || e.getValue().isEmpty()) {
                continue;
            }
            entries.add(0, e);
            copied++;
        }
        return copied;
    }

    /** The first value of {@code name}, or null. */
    String get(String name) {
        for (Map.Entry<String, String> e : entries) {
            if (AsciiCase.equal(e.getKey(), name)) {
                return e.getValue();
            }
        }
        return null;
    }

    void clear() {
        entries.clear();
    }

    /** Head first. */
    List<Map.Entry<String, String>> entries() {
        return entries;
    }
}
