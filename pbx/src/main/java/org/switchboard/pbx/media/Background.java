package org.switchboard.pbx.media;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.DigitWait;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Background(file1[&file2...][,options[,langoverride[,context]]]) (pbx_builtins.c
 * pbx_builtin_background): plays the files while the caller may dial. A digit stops the playback;
 * when that single digit is an extension of the context that no longer one could become, the
 * channel goes there at once, otherwise the digit is returned and the PBX loop collects the rest
 * of the extension with the digit timeout. Options: {@code s} (skip when not answered), {@code n}
 * (do not answer), {@code m} (only digits that are one-digit extensions interrupt), {@code p} (no
 * digit interrupts). Sets BACKGROUNDSTATUS.
 */
final class Background implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "BackGround";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            log.warn("Background requires an argument (filename)");
            return HANGUP;
        }
        SimChannel c = ctx.channel();
        AppArgs args = AppArgs.standard(data, 4);
        String lang = args.getOrEmpty(2).isEmpty() ? c.language() : args.get(2);
        String context = args.getOrEmpty(3).isEmpty() ? c.context() : args.get(3);
        String options = args.get(1);
        boolean skip = false;
        boolean noAnswer = false;
        boolean matchExten = false;
        boolean playOnly = false;
        if (options != null) {
            if (options.equalsIgnoreCase("skip")) {
                skip = true;
            } else if (options.equalsIgnoreCase("noanswer")) {
                noAnswer = true;
            } else {
                skip = options.indexOf('s') >= 0;
                noAnswer = options.indexOf('n') >= 0;
                matchExten = options.indexOf('m') >= 0;
                playOnly = options.indexOf('p') >= 0;
            }
        }
        if (c.state() != ChannelState.UP && skip) {
            return done(c, 0, false);
        }
        String breakOn = playOnly ? "" : matchExten ? singleDigitExtensions(ctx.pbx(), c, context) : DigitWait.ANY;
        return StreamPlayer.answerUnlessUp(c, noAnswer).thenCompose(res -> {
            if (res != 0) {
                return done(c, res, false);
            }
            List<String> files = Playback.files(args.getOrEmpty(0).strip());
            return playEach(ctx.pbx(), c, files, 0, lang, breakOn, data).thenCompose(r -> {
                if (r == StreamPlayer.OPEN_FAILED) {
                    return done(c, 0, true);
                }
                if (r > 0) {
                    return done(c, jumpOnSingleDigit(ctx.pbx(), c, context, r), false);
                }
                return done(c, r, false);
            });
        });
    }

    private static CompletableFuture<Integer> playEach(Pbx pbx, SimChannel c, List<String> files, int index,
                                                       String lang, String breakOn, String data) {
        if (index >= files.size()) {
            return CompletableFuture.completedFuture(0);
        }
        return StreamPlayer.play(pbx, c, files.get(index), lang, breakOn).thenCompose(res -> {
            if (res == StreamPlayer.OPEN_FAILED) {
                log.warn("ast_streamfile failed on {} for {}", c.name(), data);
                return CompletableFuture.completedFuture(res);
            }
            if (res != 0) {
                return CompletableFuture.completedFuture(res);
            }
            return playEach(pbx, c, files, index + 1, lang, breakOn, data);
        });
    }

    /**
     * A digit that is an extension of {@code context} and cannot become a longer one: the channel
     * goes there (priority 0, the loop steps to 1) and no digit is returned.
     */
    private static int jumpOnSingleDigit(Pbx pbx, SimChannel c, String context, int digit) {
        String exten = String.valueOf((char) digit);
        String cid = c.caller().numberValid() ? c.caller().number() : null;
        if (pbx.dialplan().canMatch(context, exten, 1, cid, pbx.clock().now())
                && !pbx.dialplan().matchMore(context, exten, 1, cid, pbx.clock().now())) {
            c.setLocation(context, exten, 0);
            return 0;
        }
        return digit;
    }

    /** ast_waitstream_exten: only digits that are an extension of the context by themselves. */
    private static String singleDigitExtensions(Pbx pbx, SimChannel c, String context) {
        StringBuilder b = new StringBuilder();
        String cid = c.caller().numberValid() ? c.caller().number() : null;
        for (char d : DigitWait.ANY.toCharArray()) {
            if (pbx.dialplan().exists(context, String.valueOf(d), 1, cid, pbx.clock().now())) {
                b.append(d);
            }
        }
        return b.toString();
    }

    private static CompletableFuture<Integer> done(SimChannel c, int res, boolean failed) {
        c.set("BACKGROUNDSTATUS", failed ? "FAILED" : "SUCCESS");
        return CompletableFuture.completedFuture(res);
    }
}
