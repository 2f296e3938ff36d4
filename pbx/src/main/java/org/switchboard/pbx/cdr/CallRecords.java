package org.switchboard.pbx.cdr;

import java.util.Objects;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.cel.CelEngine;
import org.switchboard.pbx.cel.CelGenUserEvent;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;

/**
 * The call records of a PBX: its CDR engine and its CEL engine, subscribed to the PBX event bus,
 * with the CDR and CDR_PROP functions and the ResetCDR and CELGenUserEvent applications. Both
 * engines start with Asterisk's defaults (CDR on, CEL off) until their configuration is applied.
 */
public final class CallRecords {
    private final CdrEngine cdr;
    private final CelEngine cel;

    private CallRecords(CdrEngine cdr, CelEngine cel) {
        this.cdr = cdr;
        this.cel = cel;
    }

    /**
     * Creates both engines on {@code pbx}. Call it before anything renders the bus (the manager's
     * translator), so that a record caused by an event is published while that event is handled:
     * CEL and Cdr events then come before the channel event that caused them, as in most captures.
     */
    public static CallRecords install(Pbx pbx) {
        Objects.requireNonNull(pbx, "pbx");
        CdrEngine cdr = new CdrEngine(pbx.core(), pbx.runtime().systemZone(), pbx::publish);
        CelEngine cel = new CelEngine(pbx.clock(), pbx::publish);
        pbx.bus().subscribe(cel);
        pbx.bus().subscribe(cdr);
        for (DialplanFunction f : CdrFunctions.functions(cdr)) {
            pbx.runtime().functions().register(f);
        }
        pbx.applications().register(new ResetCdr(cdr)).register(new CelGenUserEvent(cel));
        return new CallRecords(cdr, cel);
    }

    public CdrEngine cdr() {
        return cdr;
    }

    public CelEngine cel() {
        return cel;
    }
}
