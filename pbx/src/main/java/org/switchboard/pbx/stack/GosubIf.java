package org.switchboard.pbx.stack;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.func.LogicFunctions;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/** GosubIf(condition?labeliftrue[(args)][:labeliffalse[(args)]]) (app_stack.c gosubif_exec). */
final class GosubIf implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "GosubIf";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        AppArgs cond = AppArgs.nonstandardRaw(data, '?', 2);
        if (data.isEmpty() || cond.count() != 2) {
            log.warn("GosubIf requires an argument: GosubIf(cond?label1(args):label2(args)");
            return CONTINUE;
        }
        AppArgs labels = AppArgs.nonstandardRaw(cond.get(1), ':', 2);
        String branch = LogicFunctions.checkCondition(cond.get(0)) ? labels.get(0) : labels.get(1);
        if (CStrings.isEmpty(branch)) {
            return CONTINUE;
        }
        return Application.result(Gosub.gosub(ctx.pbx(), ctx.channel(), branch));
    }
}
