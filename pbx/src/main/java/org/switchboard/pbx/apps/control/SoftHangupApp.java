package org.switchboard.pbx.apps.control;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.AppOptions;
import org.switchboard.pbx.exec.Application;

/**
 * SoftHangup(Technology/Resource[,options]) (app_softhangup.c): soft-hangs-up the channel of that
 * name (SoftHangupRequest, Cause 32), or with option {@code a} every channel of that device
 * (the name up to its last '-').
 */
final class SoftHangupApp implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "SoftHangup";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            log.warn("SoftHangup requires an argument (Technology/resource)");
            return CONTINUE;
        }
        AppArgs args = AppArgs.standard(data, 2);
        boolean all = args.count() == 2 && AppOptions.parse(args.get(1), "a").has('a');
        String wanted = args.getOrEmpty(0);
        for (SimChannel c : ctx.pbx().channels().byNamePrefix(wanted)) {
            String name = c.name();
            if (all) {
                int cut = name.lastIndexOf('-');
                if (cut >= 0) {
                    name = name.substring(0, cut);
                }
            }
            if (name.equalsIgnoreCase(wanted)) {
                ctx.verbose(4, "Soft hanging " + c.name() + " up.");
                c.softHangup(SoftHangup.EXPLICIT);
                if (!all) {
                    break;
                }
            }
        }
        return CONTINUE;
    }
}
