package org.switchboard.pbx.cel;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * CELGenUserEvent(event-name[,extra]) (apps/app_celgenuserevent.c): a USER_DEFINED CEL record
 * with {@code {"extra":"..."}}; without arguments it does nothing.
 */
public final class CelGenUserEvent implements Application {
    private final CelEngine engine;

    public CelGenUserEvent(CelEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "CELGenUserEvent";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            return CONTINUE;
        }
        AppArgs args = AppArgs.standard(data);
        String extra = args.getOrEmpty(1);
        String json = CelJson.object().put("extra", extra).text();
        if (json != null) {
            engine.userEvent(ctx.channel().snapshot(), args.getOrEmpty(0), extra);
        }
        return CONTINUE;
    }
}
