package org.switchboard.pbx.event;

import java.util.List;
import java.util.Map;

/** A finished CDR (cdr.c); {@code fields} are in cdr_manager's order, already formatted. */
public record CdrRecorded(List<Map.Entry<String, String>> fields) implements PbxEvent {
    public CdrRecorded {
        fields = List.copyOf(fields);
    }
}
