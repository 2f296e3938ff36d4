package org.switchboard.pbx.cdr;

import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.text.AsciiCase;

/**
 * One party of a CDR (cdr.c struct cdr_object_snapshot): the channel's latest snapshot and what the
 * CDR engine keeps for it beside the channel (user field, flags, CDR variables).
 */
final class CdrParty {
    /** Null for a missing Party B. */
    ChannelSnapshot snapshot;
    String userField = "";
    int flags;
    final CdrVariables variables = new CdrVariables();

    boolean present() {
        return snapshot != null;
    }

    String name() {
        return snapshot == null ? "" : snapshot.name();
    }

    /** Same channel name, ASCII case ignored (the engine's strcasecmp on names). */
    boolean sameName(String other) {
        return snapshot != null && AsciiCase.equal(snapshot.name(), other);
    }

    boolean sameName(CdrParty other) {
        return other.snapshot != null && sameName(other.snapshot.name());
    }

    /** cdr_object_snapshot_copy: snapshot, user field and flags; the variables are added. */
    void copyFrom(CdrParty src) {
        snapshot = src.snapshot;
        userField = src.userField;
        flags = src.flags;
        variables.copyFrom(src.variables);
    }

    /**
     * cdr_object_swap_snapshot: takes a newer snapshot of the channel, noting a changed dialed
     * number as the {@code dnid} variable (cdr_object_update_cid; subaddresses are not modelled
     * and stay "").
     */
    void swap(ChannelSnapshot now) {
        if (snapshot == null) {
            variables.set("dnid", now.dnid());
            variables.set("callingsubaddr", "");
            variables.set("calledsubaddr", "");
        } else if (!snapshot.dnid().equals(now.dnid())) {
            variables.set("dnid", now.dnid());
        }
        snapshot = now;
    }
}
