package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * MSet(name1=value1,name2=value2,...) (pbx_builtins.c pbx_builtin_setvar_multiple): several
 * assignments; quotes around a value are removed.
 */
final class MSet implements Application {
    @Override
    public String name() {
        return "MSet";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            ctx.log().warn("MSet requires at least one variable name/value pair.");
            return CONTINUE;
        }
        AppArgs pairs = AppArgs.standard(data, 99);
        for (String entry : pairs.asList()) {
            AppArgs pair = AppArgs.nonstandard(entry, '=', 2);
            if (pair.count() == 2) {
                ctx.eval().setVariable(pair.get(0), pair.get(1));
                if (pair.get(0).indexOf(' ') >= 0) {
                    ctx.log().warn("Please avoid unnecessary spaces on variables as it may lead to unexpected results ('{}' set to '{}').",
                            pair.get(0), pair.get(1));
                }
            } else {
                ctx.log().warn("MSet: ignoring entry '{}' with no '=' (in {}@{}:{}", pair.getOrEmpty(0),
                        ctx.channel().exten(), ctx.channel().context(), ctx.channel().priority());
            }
        }
        return CONTINUE;
    }
}
