package org.switchboard.pbx.channel;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waiting for a DTMF digit in PBX time (channel.c ast_waitfordigit_full): the channel's reader
 * until the end of a digit, the timeout, or a hangup.
 */
public final class DigitWait {
    /** AST_DIGIT_ANY: the digits that interrupt a prompt when any may. */
    public static final String ANY = "0123456789#*ABCD";

    private DigitWait() { }

    /**
     * Waits up to {@code timeoutMs} (negative: without limit) for a digit in {@code breakOn}
     * (null: any). Completes with the digit's character, 0 on timeout, -1 when the channel is
     * hung up or soft-hung-up (an async goto included), at once when it already is.
     */
    public static CompletableFuture<Integer> waitForDigit(SimChannel channel, long timeoutMs, String breakOn) {
        if (channel.checkHangup()) {
            return CompletableFuture.completedFuture(-1);
        }
        if (timeoutMs == 0) {
            return CompletableFuture.completedFuture(0);
        }
        return interruptibleWait(channel, timeoutMs < 0 ? null : Duration.ofMillis(timeoutMs), breakOn);
    }

    /**
     * Waits for {@code duration} (null: without limit) with the digits of {@code breakOn}
     * interrupting (null: any, "": none), as ast_waitstream does while a sound plays. Completes
     * with the digit, 0 when the time is up, -1 on a hangup.
     */
    public static CompletableFuture<Integer> interruptibleWait(SimChannel channel, Duration duration, String breakOn) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        if (channel.checkHangup()) {
            done.complete(-1);
            return done;
        }
        int[] digit = {0};
        FrameReader reader = (c, f) -> {
            if (f.kind() == Frame.Kind.DTMF_END && digit[0] == 0
                    && (breakOn == null || breakOn.indexOf(f.digit()) >= 0)) {
                digit[0] = f.digit();
                c.wakeSleeper(true);
            }
        };
        CompletableFuture<Boolean> sleep = duration == null ? channel.sleepUntilHangup() : channel.sleep(duration);
        channel.reader(reader);
        sleep.whenComplete((timeUp, error) -> {
            if (channel.reader() == reader) {
                channel.reader(null);
            }
            if (digit[0] != 0) {
                done.complete(digit[0]);
            } else {
                done.complete(Boolean.TRUE.equals(timeUp) ? 0 : -1);
            }
        });
        return done;
    }
}
