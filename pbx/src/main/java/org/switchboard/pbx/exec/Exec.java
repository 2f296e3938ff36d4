package org.switchboard.pbx.exec;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.log.Verbose;

/** Runs one application on a channel as pbx_exec does. */
public final class Exec {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private Exec() { }

    /**
     * pbx_extension_helper for a found priority: substitutes {@code rawData}, logs the
     * "Executing [...]" line, then runs the application as {@link #execute} does.
     *
     * @param context the context the priority was found in, for the verbose line
     */
    public static CompletionStage<Integer> run(Pbx pbx, SimChannel channel, Application app, String rawData,
                                               String context) {
        AppContext ctx = new AppContext(pbx, channel);
        String data = rawData.isEmpty() ? "" : ctx.substitute(rawData);
        Verbose.log(log, 3, "Executing [" + channel.exten() + "@" + context + ":" + channel.priority() + "] "
                + app.name() + "(\"" + channel.name() + "\", \"" + data + "\") in new stack");
        return execute(ctx, app, data);
    }

    /**
     * pbx_exec: sets the channel's application and data and publishes the snapshot (Newexten when
     * the location changed), runs the application, and afterwards puts back the application and
     * data the channel had before. {@code data} is used as given.
     */
    public static CompletionStage<Integer> execute(Pbx pbx, SimChannel channel, Application app, String data) {
        return execute(new AppContext(pbx, channel), app, data);
    }

    private static CompletionStage<Integer> execute(AppContext ctx, Application app, String data) {
        SimChannel channel = ctx.channel();
        String savedApp = channel.application();
        String savedData = channel.applicationData();
        channel.setApplication(app.name(), data);
        channel.publishSnapshot();
        CompletionStage<Integer> result;
        try {
            result = app.execute(ctx, data);
        } catch (RuntimeException e) {
            log.error("Application {} failed on {}", app.name(), channel.name(), e);
            result = Application.HANGUP;
        }
        return result.whenComplete((r, e) -> {
            channel.setApplication(savedApp, savedData);
            channel.reader(null);
        });
    }
}
