package org.switchboard.pbx.event;

import java.util.Objects;

import org.switchboard.pbx.cdr.CdrRecord;

/** A finished CDR was posted to the backends (cdr.c post_cdr); cdr_manager renders it. */
public record CdrRecorded(CdrRecord record) implements PbxEvent {
    public CdrRecorded {
        Objects.requireNonNull(record, "record");
    }
}
