package org.switchboard.pbx.cdr;

import java.time.Instant;

/**
 * One CDR in a channel's chain (cdr.c struct cdr_object): a Party A, maybe a Party B, the state it
 * is in, its times and what it records of Party A's dialplan. The first CDR of a chain is the
 * channel's master record; later ones are appended when the channel dials again, bridges with
 * someone new or goes on in the dialplan after a pairing ended.
 */
final class CdrObject {
    final CdrParty partyA = new CdrParty();
    final CdrParty partyB = new CdrParty();
    CdrState state;
    Disposition disposition = Disposition.NULL;
    Instant start;
    /** Null: not answered. */
    Instant answer;
    /** Null: not finalized. */
    Instant end;
    Instant lastEvent;
    int sequence;
    int flags;
    String linkedId;
    final String uniqueId;
    final String name;
    String bridge = "";
    String appl = "";
    String data = "";
    String context = "";
    String exten = "";
    /** The key of the engine's Party B index ("" when not indexed). */
    String partyBName = "";
    CdrObject next;
    boolean root;

    CdrObject(String uniqueId, String name, String linkedId) {
        this.uniqueId = uniqueId;
        this.name = name;
        this.linkedId = linkedId;
    }

    /** The last CDR of the chain this one starts. */
    CdrObject last() {
        CdrObject c = this;
        while (c.next != null) {
            c = c.next;
        }
        return c;
    }

    boolean flag(int flag) {
        return (flags & flag) == flag;
    }

    /** Party A's channel name (strcasecmp comparisons go through {@link CdrParty#sameName}). */
    String partyAName() {
        return partyA.name();
    }

    @Override
    public String toString() {
        return "CDR[" + partyAName() + " / " + (partyB.present() ? partyB.name() : "<none>") + " " + state + "]";
    }
}
