package org.switchboard.pbx.stack;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.dialplan.eval.VariableList;
import org.switchboard.pbx.exec.ChannelEvalContext;

/** LOCAL, LOCAL_PEEK and STACK_PEEK (app_stack.c). */
public final class StackFunctions {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private StackFunctions() { }

    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readWrite("LOCAL", StackFunctions::localRead, StackFunctions::localWrite),
                DialplanFunction.readOnly("LOCAL_PEEK", StackFunctions::peekRead),
                DialplanFunction.readOnlyString("STACK_PEEK", StackFunctions::stackPeek));
    }

    private static SimChannel channel(EvalContext ctx) {
        return ctx instanceof ChannelEvalContext ? ((ChannelEvalContext) ctx).channel() : null;
    }

    /** LOCAL(name): the variable when it is local to the current frame, else "". */
    private static String localRead(EvalContext ctx, String name, String var) {
        SimChannel c = channel(ctx);
        if (c == null) {
            log.warn("No channel was provided to {} function.", name);
            return null;
        }
        GosubStack stack = GosubStack.of(c);
        GosubStack.Frame frame = stack == null ? null : stack.top();
        if (frame == null) {
            return null;
        }
        if (!frame.hasVariable(var)) {
            return "";
        }
        String v = c.get(var);
        return v == null ? "" : v;
    }

    /** Set(LOCAL(name)=value): a variable local to the current frame. */
    private static boolean localWrite(EvalContext ctx, String name, String var, String value) {
        SimChannel c = channel(ctx);
        if (c == null) {
            log.warn("No channel was provided to {} function.", name);
            return false;
        }
        GosubStack stack = GosubStack.of(c);
        if (stack == null) {
            log.error("Tried to set LOCAL({}), but we aren't within a Gosub routine", var);
            return false;
        }
        GosubStack.Frame frame = stack.top();
        if (frame != null) {
            GosubStack.setLocal(c, frame, var, value == null ? "" : value);
        }
        return true;
    }

    /** LOCAL_PEEK(n,name): the value of name n frames down (0 = the current one). */
    private static String peekRead(EvalContext ctx, String name, String data) {
        SimChannel c = channel(ctx);
        if (c == null) {
            log.error("LOCAL_PEEK must be called on an active channel");
            return null;
        }
        AppArgs args = AppArgs.standardRaw(data, 2);
        if (CStrings.isEmpty(args.get(0)) || CStrings.isEmpty(args.get(1))) {
            log.error("LOCAL_PEEK requires parameters n and varname");
            return null;
        }
        int n = CScan.atoi(args.get(0));
        int found = 0;
        for (VariableList.Entry v : c.variables()) {
            if (args.get(1).equals(v.name()) && ++found > n) {
                return v.value();
            }
        }
        return "";
    }

    /** STACK_PEEK(n,which[,suppress]): the return location n frames down: label, context, exten or priority. */
    private static String stackPeek(EvalContext ctx, String name, String data) {
        SimChannel c = channel(ctx);
        if (c == null) {
            log.error("STACK_PEEK must be called on an active channel");
            return null;
        }
        AppArgs args = AppArgs.standard(data, 3);
        if (CStrings.isEmpty(args.get(0)) || CStrings.isEmpty(args.get(1))) {
            log.error("STACK_PEEK requires parameters n and which");
            return null;
        }
        int n = CScan.atoi(args.get(0));
        if (n <= 0) {
            log.error("STACK_PEEK must be called with a positive peek value");
            return null;
        }
        boolean suppress = CStrings.isTrue(args.get(2));
        GosubStack stack = GosubStack.of(c);
        if (stack == null) {
            if (!suppress) {
                log.error("STACK_PEEK called on a channel without a gosub stack");
            }
            return null;
        }
        List<GosubStack.Frame> frames = stack.frames();
        if (n > frames.size()) {
            if (!suppress) {
                log.error("Stack peek of '{}' is more stack frames than I have", args.get(0));
            }
            return null;
        }
        GosubStack.Frame f = frames.get(n - 1);
        String which = CStrings.skipBlanks(args.get(1));
        switch (which.isEmpty() ? ' ' : which.charAt(0)) {
            case 'l':
                return f.context() + "," + f.exten() + "," + (f.priority() - 1);
            case 'c':
                return f.context();
            case 'e':
                return f.exten();
            case 'p':
                return Integer.toString(f.priority() - 1);
            default:
                log.error("Unknown argument '{}' to STACK_PEEK", args.get(1));
                return "";
        }
    }
}
