package org.switchboard.pbx.cdr;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * ResetCDR([options]) (apps/app_cdr.c): the channel's CDRs start again now; option {@code v}
 * keeps the CDR variables.
 */
public final class ResetCdr implements Application {
    private final CdrEngine engine;

    public ResetCdr(CdrEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "ResetCDR";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        boolean keep = data.indexOf('v') >= 0;
        if (!engine.reset(ctx.channel().name(), keep)) {
            ctx.log().warn("Failed to reset CDRs on channel {}", ctx.channel().name());
        }
        return CONTINUE;
    }
}
