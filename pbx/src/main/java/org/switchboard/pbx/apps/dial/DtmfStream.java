package org.switchboard.pbx.apps.dial;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.switchboard.pbx.channel.SimChannel;

/**
 * app.c ast_dtmf_stream: digits sent to a channel's technology one after the other
 * (ast_senddigit: begin, {@code durationMs}, end — no DTMF events, the technology is called
 * directly), with {@code betweenMs} after each; 'w' waits half a second, 'W' a second. Completes
 * with 0, or -1 when the channel hangs up meanwhile.
 */
final class DtmfStream {
    /** AST_DEFAULT_EMULATE_DTMF_DURATION. */
    private static final long MIN_DURATION_MS = 100;

    private DtmfStream() { }

    static CompletableFuture<Integer> send(SimChannel chan, String digits, long betweenMs, long durationMs) {
        long between = betweenMs <= 0 ? 100 : betweenMs;
        long duration = Math.max(durationMs, MIN_DURATION_MS);
        return step(chan, digits, 0, between, duration);
    }

    private static CompletableFuture<Integer> step(SimChannel chan, String digits, int i, long between,
                                                   long duration) {
        if (i >= digits.length()) {
            return CompletableFuture.completedFuture(0);
        }
        char d = digits.charAt(i);
        if (d == 'w' || d == 'W') {
            return chan.sleep(Duration.ofMillis(d == 'w' ? 500 : 1000))
                    .thenCompose(ok -> ok ? step(chan, digits, i + 1, between, duration)
                            : CompletableFuture.completedFuture(-1));
        }
        if ("0123456789*#abcdABCD".indexOf(d) < 0) {
            return step(chan, digits, i + 1, between, duration);
        }
        chan.driver().sendDigitBegin(chan, d);
        return chan.sleep(Duration.ofMillis(duration)).thenCompose(ok -> {
            chan.driver().sendDigitEnd(chan, d, duration);
            if (!ok) {
                return CompletableFuture.completedFuture(-1);
            }
            return chan.sleep(Duration.ofMillis(between)).thenCompose(ok2 -> ok2
                    ? step(chan, digits, i + 1, between, duration) : CompletableFuture.completedFuture(-1));
        });
    }
}
