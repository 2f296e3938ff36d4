package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/** Verbose([level,]message) (app_verbose.c): a verbose message at level 0-4. */
final class VerboseApp implements Application {
    @Override
    public String name() {
        return "Verbose";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            return CONTINUE;
        }
        AppArgs args = AppArgs.standard(data, 2);
        String level = args.count() == 1 ? "0" : args.getOrEmpty(0);
        String message = args.count() == 1 ? args.getOrEmpty(0) : args.getOrEmpty(1);
        int size;
        if (!level.stripLeading().matches("\\+?\\d.*")) {
            ctx.log().warn("'{}' is not a verboser number", level);
            size = 0;
        } else {
            size = Math.min(4, Math.max(0, Numbers.atoi(level)));
        }
        ctx.verbose(size, message);
        return CONTINUE;
    }
}
