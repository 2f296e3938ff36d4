package org.switchboard.pbx.bridge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.exec.PbxRun;

/**
 * Sending a channel elsewhere in the dialplan from outside (pbx.c ast_async_goto): a channel in a
 * bridge or running dialplan gets the location and a silent ASYNCGOTO soft hangup (it leaves the
 * bridge, or its application ends, and it continues there); any other channel is yanked (masqueraded
 * into a new one, see {@link ChannelYank}) and the dialplan started on it.
 */
public final class AsyncGoto {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private AsyncGoto() { }

    /** ast_async_goto; 0 on success, -1 when the channel could not be taken over. */
    public static int go(Pbx pbx, SimChannel chan, String context, String exten, int priority) {
        if (BridgeChannel.of(chan) != null || PbxRun.of(chan) != null) {
            if (chan.inAutoloop()) {
                priority += 1;
            }
            explicitGoto(chan, context, exten, priority);
            chan.softHangupQuietly(SoftHangup.ASYNCGOTO);
            return 0;
        }
        SimChannel yanked = ChannelYank.yank(pbx, chan);
        if (yanked == null) {
            log.warn("Unable to gain control of channel {}", chan.name());
            return -1;
        }
        explicitGoto(yanked, context, exten, priority);
        PbxRun.start(pbx, yanked);
        return 0;
    }

    /**
     * ast_explicit_goto: sets the location (empty parts unchanged; a channel running dialplan gets
     * the priority before, since its loop steps on); refused (-1) while an async goto is pending.
     */
    public static int explicitGoto(SimChannel chan, String context, String exten, int priority) {
        if ((chan.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0) {
            return -1;
        }
        if (context != null && !context.isEmpty()) {
            chan.setContext(context);
        }
        if (exten != null && !exten.isEmpty()) {
            chan.setExten(exten);
        }
        if (priority > -1) {
            chan.setPriority(chan.inAutoloop() ? priority - 1 : priority);
        }
        return 0;
    }
}
