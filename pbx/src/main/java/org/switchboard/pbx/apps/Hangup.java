package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Hangup([cause]) (pbx_builtins.c pbx_builtin_hangup): sets the cause (by name or number; the
 * channel's own, else 16, when none is given) and ends the call.
 */
final class Hangup implements Application {
    @Override
    public String name() {
        return "Hangup";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel channel = ctx.channel();
        channel.setHangupSource("dialplan/builtin");
        int cause = 0;
        if (!data.isEmpty()) {
            cause = HangupCause.byName(data);
            if (cause <= 0) {
                cause = Numbers.atoi(data);
                if (cause <= 0 || !startsWithNumber(data)) {
                    ctx.log().warn("Invalid cause given to Hangup(): \"{}\"", data);
                    cause = 0;
                }
            }
        }
        if (cause <= 0) {
            cause = channel.hangupCause() > 0 ? channel.hangupCause() : HangupCause.NORMAL_CLEARING;
        }
        channel.setHangupCause(cause);
        channel.softHangupQuietly(SoftHangup.EXPLICIT);
        return HANGUP;
    }

    private static boolean startsWithNumber(String s) {
        String t = s.stripLeading();
        int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        return i < t.length() && Character.isDigit(t.charAt(i));
    }
}
