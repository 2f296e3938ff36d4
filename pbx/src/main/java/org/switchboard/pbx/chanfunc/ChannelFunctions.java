package org.switchboard.pbx.chanfunc;

import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.FunctionRegistry;
import org.switchboard.pbx.stack.StackFunctions;

/**
 * Registers the dialplan functions that work on channels: CALLERID, CONNECTEDLINE, CHANNEL,
 * TIMEOUT, EXCEPTION, HANGUPCAUSE(_KEYS), LOCAL, LOCAL_PEEK, STACK_PEEK, and the DB family when
 * an AstDB is given.
 */
public final class ChannelFunctions {
    private ChannelFunctions() { }

    /** @param db the server's AstDB, or null for a PBX without one (the DB functions are then absent) */
    public static FunctionRegistry registerAll(FunctionRegistry registry, AstDb db) {
        for (DialplanFunction f : PartyFunctions.functions()) {
            registry.register(f);
        }
        registry.register(ChannelFunction.function());
        registry.register(TimeoutFunction.function());
        registry.register(ExceptionFunction.function());
        for (DialplanFunction f : DialedCauses.functions()) {
            registry.register(f);
        }
        for (DialplanFunction f : StackFunctions.functions()) {
            registry.register(f);
        }
        if (db != null) {
            for (DialplanFunction f : DbFunctions.functions(db)) {
                registry.register(f);
            }
        }
        return registry;
    }
}
