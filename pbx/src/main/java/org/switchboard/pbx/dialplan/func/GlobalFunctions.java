package org.switchboard.pbx.dialplan.func;

import java.util.List;

import org.switchboard.pbx.dialplan.eval.DialplanFunction;

/** func_global.c: GLOBAL (read and write), GLOBAL_DELETE and GLOBAL_EXISTS, on the runtime's globals. */
public final class GlobalFunctions {
    private GlobalFunctions() { }

    /** The functions of this group. */
    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readWrite("GLOBAL",
                        (ctx, name, data) -> {
                            String v = ctx.globals().get(data);
                            return v == null ? "" : v;
                        },
                        (ctx, name, data, value) -> {
                            ctx.globals().set(data, value);
                            return true;
                        }),
                DialplanFunction.writeOnly("GLOBAL_DELETE", (ctx, name, data, value) -> {
                    ctx.globals().set(data, null);
                    return true;
                }),
                DialplanFunction.readOnly("GLOBAL_EXISTS", (ctx, name, data) -> ctx.globals().get(data) != null ? "1" : "0"));
    }
}
