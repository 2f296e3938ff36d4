package org.switchboard.pbx.dialplan.func;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.FunctionRegistry;

/**
 * Every dialplan function this package provides: the ones that need no channel. The channel
 * layer registers its own (CALLERID, CHANNEL, CDR, ...) in the same registry.
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() { }

    /** All of them, in no particular order. */
    public static List<DialplanFunction> all() {
        List<DialplanFunction> all = new ArrayList<>();
        all.addAll(LogicFunctions.functions());
        all.addAll(StringFunctions.functions());
        all.addAll(ListFunctions.functions());
        all.addAll(TimeFunctions.functions());
        all.addAll(MathFunctions.functions());
        all.addAll(GlobalFunctions.functions());
        all.add(SprintfFunction.function());
        all.add(ShellFunction.function());
        return all;
    }

    /** Registers them all in {@code registry}. */
    public static FunctionRegistry registerAll(FunctionRegistry registry) {
        for (DialplanFunction f : all()) {
            registry.register(f);
        }
        return registry;
    }
}
