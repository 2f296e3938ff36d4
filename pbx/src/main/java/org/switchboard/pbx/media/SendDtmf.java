package org.switchboard.pbx.media;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * SendDTMF(digits[,timeout_ms[,duration_ms[,channel[,options]]]]) (app_senddtmf.c with app.c
 * dtmf_stream): after 100 ms of quiet, each digit goes to the channel's technology (a Local
 * channel passes it to its other half) for its duration, followed by the pause between digits
 * (250 ms unless given); {@code w} waits half a second, {@code W} a second, {@code f} sends a
 * flash. Option {@code a} answers the receiving channel first.
 */
public final class SendDtmf implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");
    /** AST_DEFAULT_EMULATE_DTMF_DURATION: the shortest digit. */
    public static final int MIN_DURATION_MS = 100;

    @Override
    public String name() {
        return "SendDTMF";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            log.warn("SendDTMF requires an argument");
            return CONTINUE;
        }
        AppArgs args = AppArgs.standard(data, 5);
        if (CStrings.isEmpty(args.get(0))) {
            log.warn("The digits argument is required (0-9,*#,a-d,A-D,wfF)");
            return CONTINUE;
        }
        int between = 0;
        if (!CStrings.isEmpty(args.get(1))) {
            Integer v = TimeLen.parse(args.get(1), TimeLen.Unit.MILLISECONDS);
            between = v == null ? 0 : v;
        }
        int duration = 0;
        if (!CStrings.isEmpty(args.get(2))) {
            Integer v = TimeLen.parse(args.get(2), TimeLen.Unit.MILLISECONDS);
            duration = v == null ? 0 : v;
        }
        SimChannel dest = ctx.channel();
        boolean other = false;
        if (!CStrings.isEmpty(args.get(3))) {
            SimChannel found = ctx.pbx().channels().find(args.get(3)).orElse(null);
            if (found == null) {
                log.warn("No such channel: {}", args.get(3));
                return CONTINUE;
            }
            other = found != ctx.channel();
            dest = found;
        }
        if (args.getOrEmpty(4).indexOf('a') >= 0) {
            dest.answer();
        }
        boolean autoservice = other;
        // the pauses are waited on the application's own channel: another channel keeps its own waits
        return stream(dest, ctx.channel(), args.get(0), between <= 0 ? 250 : between, duration)
                .thenApply(res -> autoservice ? 0 : res);
    }

    /**
     * dtmf_stream: sends {@code digits} to {@code c}, pausing on {@code sleeper}; completes with 0,
     * or -1 when {@code sleeper} hung up during a pause.
     */
    public static CompletableFuture<Integer> stream(SimChannel c, SimChannel sleeper, String digits, int betweenMs,
                                                    int durationMs) {
        return safeSleep(sleeper, 100).thenCompose(res -> res != 0 ? CompletableFuture.completedFuture(res)
                : next(c, sleeper, digits, 0, betweenMs, durationMs));
    }

    private static CompletableFuture<Integer> next(SimChannel c, SimChannel sleeper, String digits, int index,
                                                   int betweenMs, int durationMs) {
        if (index >= digits.length()) {
            return CompletableFuture.completedFuture(0);
        }
        char d = digits.charAt(index);
        CompletableFuture<Integer> step;
        if (d == 'w') {
            step = safeSleep(sleeper, 500);
        } else if (d == 'W') {
            step = safeSleep(sleeper, 1000);
        } else if ("0123456789*#abcdfABCDF".indexOf(d) >= 0) {
            CompletableFuture<Void> sent;
            if (d == 'f' || d == 'F') {
                c.indicate(Control.FLASH);
                sent = CompletableFuture.completedFuture(null);
            } else {
                sent = sendDigit(c, d, durationMs);
            }
            step = sent.thenCompose(v -> safeSleep(sleeper, betweenMs));
        } else {
            log.warn("Illegal DTMF character '{}' in string. (0-9*#aAbBcCdD allowed)", d);
            step = CompletableFuture.completedFuture(0);
        }
        return step.thenCompose(res -> res != 0 ? CompletableFuture.completedFuture(res)
                : next(c, sleeper, digits, index + 1, betweenMs, durationMs));
    }

    /**
     * ast_senddigit: the digit's begin and, {@code durationMs} later (at least 100 ms), its end go
     * straight to the technology; no DTMF event on this channel (that is ast_write's).
     */
    public static CompletableFuture<Void> sendDigit(SimChannel c, char digit, int durationMs) {
        int duration = Math.max(durationMs, MIN_DURATION_MS);
        c.driver().sendDigitBegin(c, digit);
        CompletableFuture<Void> done = new CompletableFuture<>();
        c.host().core().schedule(Duration.ofMillis(duration), () -> {
            if (!c.isHungUp()) {
                c.driver().sendDigitEnd(c, digit, duration);
            }
            done.complete(null);
        });
        return done;
    }

    /** ast_safe_sleep: 0 when the time is up, -1 on a hangup. */
    private static CompletableFuture<Integer> safeSleep(SimChannel c, long ms) {
        return c.sleep(Duration.ofMillis(ms)).thenApply(timeUp -> timeUp ? 0 : -1);
    }
}
