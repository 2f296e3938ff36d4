package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.dialplan.func.LogicFunctions;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/** GotoIf(condition?[label1][:label2]) (pbx_builtins.c pbx_builtin_gotoif). */
final class GotoIf implements Application {
    @Override
    public String name() {
        return "GotoIf";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            ctx.log().warn("Ignoring, since there is no variable to check");
            return CONTINUE;
        }
        int q = data.indexOf('?');
        String condition = q < 0 ? data : data.substring(0, q);
        String rest = q < 0 ? null : data.substring(q + 1);
        String branch1 = null;
        String branch2 = null;
        if (rest != null) {
            int colon = rest.indexOf(':');
            branch1 = colon < 0 ? rest : rest.substring(0, colon);
            branch2 = colon < 0 ? null : rest.substring(colon + 1);
        }
        String branch = LogicFunctions.checkCondition(condition) ? branch1 : branch2;
        if (branch == null || branch.isEmpty()) {
            return CONTINUE;
        }
        return Application.result(Goto.go(ctx, branch));
    }
}
