package org.switchboard.pbx.apps.control;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.DialplanException;

/** RaiseException(reason) (pbx_builtins.c pbx_builtin_raise_exception): on to {@code e}, read back with EXCEPTION(). */
final class RaiseException implements Application {
    @Override
    public String name() {
        return "RaiseException";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        DialplanException.raise(ctx.channel(), data, 0);
        return CONTINUE;
    }
}
