package org.switchboard.pbx.dialplan.func;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.dialplan.timing.Timing;

/**
 * func_logic.c: ISNULL, EXISTS, IF, IFTIME, SET, DELETE and VARIABLE_EXISTS (IMPORT needs other
 * channels and belongs to the channel layer).
 */
public final class LogicFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(LogicFunctions.class);

    private LogicFunctions() { }

    /** The functions of this module. */
    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readOnly("ISNULL", (ctx, name, data) -> data.isEmpty() ? "1" : "0"),
                DialplanFunction.readOnly("EXISTS", (ctx, name, data) -> data.isEmpty() ? "0" : "1"),
                DialplanFunction.readOnly("IF", LogicFunctions::ifFunction),
                DialplanFunction.readOnly("IFTIME", LogicFunctions::ifTime),
                DialplanFunction.readOnly("SET", LogicFunctions::set),
                DialplanFunction.writeOnly("DELETE", (ctx, name, data, value) -> {
                    ctx.setVariable(data, null);
                    return true;
                }),
                DialplanFunction.readOnly("VARIABLE_EXISTS",
                        (ctx, name, data) -> ctx.getVariable(data) != null ? "1" : "0"));
    }

    /**
     * pbx_checkcondition: empty is false, a leading number is its own truth ({@code sscanf %d}),
     * any other text is true.
     */
    public static boolean checkCondition(String condition) {
        if (CStrings.isEmpty(condition)) {
            return false;
        }
        Integer n = CScan.scanInt(condition);
        return n == null || n != 0;
    }

    /** IF(expr?true:false): split on {@code ?} then {@code :} with Asterisk's argument rules. */
    private static String ifFunction(EvalContext ctx, String name, String data) {
        AppArgs first = AppArgs.nonstandard(data, '?', 2);
        AppArgs second = AppArgs.nonstandard(first.get(1), ':', 2);
        String expr = first.get(0);
        String ifTrue = second.get(0);
        String ifFalse = second.get(1);
        if (CStrings.isEmpty(expr) || (ifTrue == null && ifFalse == null)) {
            LOG.debug("<expr>='{}', <true>='{}', and <false>='{}'", expr, ifTrue, ifFalse);
            return null;
        }
        boolean condition = checkCondition(CStrings.strip(expr));
        String chosen = condition ? CStrings.strip(ifTrue) : CStrings.strip(ifFalse);
        return chosen == null ? "" : chosen;
    }

    /** IFTIME(timespec?true:false), against the runtime's clock. */
    private static String ifTime(EvalContext ctx, String name, String data) {
        String d = CStrings.stripQuoted(data, "\"", "\"");
        int q = d.indexOf('?');
        String expr = q < 0 ? d : d.substring(0, q);
        String ifTrue = null;
        String ifFalse = null;
        if (q >= 0) {
            String rest = d.substring(q + 1);
            int colon = rest.indexOf(':');
            ifTrue = colon < 0 ? rest : rest.substring(0, colon);
            ifFalse = colon < 0 ? null : rest.substring(colon + 1);
        }
        if (expr.isEmpty() || (ifTrue == null && ifFalse == null)) {
            LOG.warn("Syntax IFTIME(<timespec>?[<true>][:<false>])");
            return null;
        }
        Timing timing = Timing.parse(expr);
        if (ifTrue != null) {
            ifTrue = CStrings.stripQuoted(ifTrue, "\"", "\"");
        }
        if (ifFalse != null) {
            ifFalse = CStrings.stripQuoted(ifFalse, "\"", "\"");
        }
        boolean now = timing.matches(ctx.now(), ctx.runtime().systemZone());
        return now ? CStrings.or(ifTrue, "") : CStrings.or(ifFalse, "");
    }

    /** SET(name=value): sets the variable (or writes the function) and returns the value. */
    private static String set(EvalContext ctx, String name, String data) {
        int eq = data.indexOf('=');
        if (eq <= 0) {
            LOG.warn("Syntax SET(<varname>=[<value>])");
            return null;
        }
        String varname = CStrings.strip(data.substring(0, eq));
        String value = CStrings.strip(data.substring(eq + 1));
        ctx.setVariable(varname, value);
        return value;
    }
}
