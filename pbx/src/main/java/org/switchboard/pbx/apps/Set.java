package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Set(name=value) (pbx_builtins.c pbx_builtin_setvar): one assignment; a name ending in ')' writes
 * a function, a leading '_' or '__' makes the variable inherited.
 */
final class Set implements Application {
    @Override
    public String name() {
        return "Set";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            ctx.log().warn("Set requires an argument (variable=value)");
            return CONTINUE;
        }
        int eq = data.indexOf('=');
        if (eq < 0) {
            ctx.log().warn("Set requires an '=' to be a valid assignment.");
            return CONTINUE;
        }
        String name = data.substring(0, eq);
        String value = data.substring(eq + 1);
        if (name.indexOf(' ') >= 0) {
            ctx.log().warn("Please avoid unnecessary spaces on variables as it may lead to unexpected results ('{}' set to '{}').",
                    name, value);
        }
        ctx.eval().setVariable(name, value);
        return CONTINUE;
    }
}
