package org.switchboard.pbx.apps;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Busy([timeout]) and Congestion([timeout]) (pbx_builtins.c indicate_busy / indicate_congestion):
 * signal the condition; a channel not yet answered takes the cause (17 or 34) and the Busy state;
 * then wait for the caller to hang up, at most {@code timeout} seconds; always ends the call.
 */
public final class BusyTone implements Application {
    private final String name;
    private final Control condition;
    private final int cause;

    private BusyTone(String name, Control condition, int cause) {
        this.name = name;
        this.condition = condition;
        this.cause = cause;
    }

    static BusyTone busy() {
        return new BusyTone("Busy", Control.BUSY, HangupCause.USER_BUSY);
    }

    static BusyTone congestion() {
        return new BusyTone("Congestion", Control.CONGESTION, HangupCause.CONGESTION);
    }

    /** The busy indication as the PBX loop uses it after a failed Dial. */
    public static BusyTone busyTone() {
        return busy();
    }

    /** The congestion indication as the PBX loop uses it after a failed Dial. */
    public static BusyTone congestionTone() {
        return congestion();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        return indicate(ctx.channel(), data).thenApply(ignored -> -1);
    }

    /** Signals and waits; the stage completes when the wait is over. */
    public CompletionStage<Boolean> indicate(SimChannel channel, String data) {
        channel.indicate(condition);
        if (channel.state() != ChannelState.UP) {
            channel.setHangupCause(cause);
            channel.setState(ChannelState.BUSY);
        }
        double seconds = -1;
        try {
            seconds = data == null || data.isBlank() ? -1 : Double.parseDouble(data.trim());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 0) {
            return channel.sleepUntilHangup();
        }
        return channel.sleep(Duration.ofMillis((long) (seconds * 1000.0)));
    }
}
