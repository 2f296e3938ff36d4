package org.switchboard.pbx.apps;

import java.util.Locale;
import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.log.Verbose;

/**
 * Log(level,message) (app_verbose.c log_exec): a log line at ERROR, WARNING, NOTICE, DEBUG,
 * VERBOSE or DTMF, tagged with the channel's extension and context as Asterisk tags it.
 */
final class Log implements Application {
    @Override
    public String name() {
        return "Log";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            return CONTINUE;
        }
        AppArgs args = AppArgs.standard(data, 2);
        SimChannel c = ctx.channel();
        String line = "Ext. " + c.exten() + ":" + c.priority() + " @ " + c.context() + ": " + args.getOrEmpty(1);
        switch (args.getOrEmpty(0).toUpperCase(Locale.ROOT)) {
            case "ERROR": ctx.log().error(line); break;
            case "WARNING": ctx.log().warn(line); break;
            case "NOTICE": ctx.log().info(line); break;
            case "DEBUG": case "DTMF": ctx.log().trace(line); break;
            case "VERBOSE": Verbose.log(ctx.log(), 0, line); break;
            default:
                ctx.log().error("Unknown log level: '{}'", args.getOrEmpty(0));
        }
        return CONTINUE;
    }
}
