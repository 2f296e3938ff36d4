package org.switchboard.pbx.event;

import java.util.Objects;

import org.switchboard.pbx.cel.CelRecord;

/** A CEL record was generated (cel.c cel_report_event); the backends (cel_manager) render it. */
public record CelRecorded(CelRecord record) implements PbxEvent {
    public CelRecorded {
        Objects.requireNonNull(record, "record");
    }
}
