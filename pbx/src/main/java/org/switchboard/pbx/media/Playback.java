package org.switchboard.pbx.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Playback(file1[&file2...][,options]) (app_playback.c playback_exec): answers unless told not to
 * ({@code noanswer}) or to skip an unanswered channel ({@code skip}), plays each file to its end
 * (digits do not interrupt), and sets PLAYBACKSTATUS to SUCCESS or FAILED. Options {@code say}
 * and {@code mix} are played as plain files.
 */
final class Playback implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "Playback";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            log.warn("Playback requires an argument (filename)");
            return HANGUP;
        }
        SimChannel c = ctx.channel();
        AppArgs args = AppArgs.standard(data, 2);
        String options = args.getOrEmpty(1).toLowerCase(Locale.ROOT);
        boolean skip = options.contains("skip");
        boolean noAnswer = options.contains("noanswer");
        if (c.state() != ChannelState.UP && skip) {
            c.set("PLAYBACKSTATUS", "SUCCESS");
            return CONTINUE;
        }
        return StreamPlayer.answerUnlessUp(c, noAnswer).thenCompose(res -> {
            if (res != 0) {
                c.set("PLAYBACKSTATUS", "SUCCESS");
                return CompletableFuture.completedFuture(res);
            }
            return playEach(ctx.pbx(), c, files(args.getOrEmpty(0)), 0, data, false);
        });
    }

    /** ast_strsep on '&' with stripping and trimming. */
    static List<String> files(String list) {
        List<String> out = new ArrayList<>();
        for (String f : list.split("&", -1)) {
            out.add(f.strip());
        }
        return out;
    }

    private static CompletableFuture<Integer> playEach(Pbx pbx, SimChannel c, List<String> files, int index,
                                                       String data, boolean failed) {
        if (index >= files.size()) {
            c.set("PLAYBACKSTATUS", failed ? "FAILED" : "SUCCESS");
            return CompletableFuture.completedFuture(0);
        }
        return StreamPlayer.play(pbx, c, files.get(index), c.language(), "").thenCompose(res -> {
            if (res == StreamPlayer.OPEN_FAILED) {
                if (!c.checkHangup()) {
                    log.warn("Playback failed on {} for {}", c.name(), data);
                }
                return playEach(pbx, c, files, index + 1, data, true);
            }
            if (res != 0) {
                c.set("PLAYBACKSTATUS", failed ? "FAILED" : "SUCCESS");
                return CompletableFuture.completedFuture(res);
            }
            return playEach(pbx, c, files, index + 1, data, failed);
        });
    }
}
