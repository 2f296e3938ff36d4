package org.switchboard.pbx.apps.control;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.timing.Timing;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.Exec;

/**
 * ExecIfTime(times,weekdays,mdays,months[,timezone]?app[(args)]) (pbx_builtins.c
 * pbx_builtin_execiftime): runs the application when the time matches.
 */
final class ExecIfTime implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");
    private static final String USAGE = "ExecIfTime requires an argument:\n  <time range>,<days of week>,"
            + "<days of month>,<months>[,<timezone>]?<appname>[(<appargs>)]";

    @Override
    public String name() {
        return "ExecIfTime";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            log.warn(USAGE);
            return HANGUP;
        }
        int q = data.indexOf('?');
        if (q < 0) {
            log.warn(USAGE);
            return HANGUP;
        }
        String spec = data.substring(0, q);
        String appName = data.substring(q + 1);
        Timing timing = Timing.parse(spec);
        if (timing == null) {
            log.warn("Invalid Time Spec: {}\nCorrect usage: {}", spec, USAGE);
            return HANGUP;
        }
        if (!timing.matches(ctx.pbx().clock().now(), ctx.pbx().runtime().systemZone())) {
            return CONTINUE;
        }
        String args = "";
        int open = appName.indexOf('(');
        if (open >= 0) {
            args = appName.substring(open + 1);
            appName = appName.substring(0, open);
            int close = args.lastIndexOf(')');
            if (close >= 0) {
                args = args.substring(0, close);
            } else {
                log.warn("Failed to find closing parenthesis");
            }
        }
        Application app = ctx.pbx().applications().find(appName).orElse(null);
        if (app == null) {
            // ast_pbx_exec_application
            log.warn("Could not find application ({})", appName);
            return HANGUP;
        }
        // ast_pbx_exec_application publishes a snapshot once the application is over
        return Exec.execute(ctx.pbx(), ctx.channel(), app, ctx.substitute(args)).thenApply(res -> {
            ctx.channel().publishSnapshot();
            return res;
        });
    }
}
