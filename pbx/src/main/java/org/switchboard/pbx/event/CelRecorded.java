package org.switchboard.pbx.event;

import java.util.List;
import java.util.Map;

/** A CEL record (cel.c); {@code fields} are in cel_manager's order, already formatted. */
public record CelRecorded(List<Map.Entry<String, String>> fields) implements PbxEvent {
    public CelRecorded {
        fields = List.copyOf(fields);
    }
}
