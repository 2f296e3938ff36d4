package org.switchboard.pbx.exec;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.eval.EvalContext;

/**
 * Dialplan evaluation on a channel: its variables, the globals, and the PBX for functions that
 * reach further (CALLERID, CHANNEL, DB, DEVICE_STATE, ...). {@code channel} may be null for
 * evaluation without a channel (AMI Getvar of a function without Channel).
 */
public class ChannelEvalContext extends EvalContext {
    private final Pbx pbx;
    private final SimChannel channel;
    private final boolean fromManager;

    public ChannelEvalContext(Pbx pbx, SimChannel channel) {
        this(pbx, channel, false);
    }

    /** {@code fromManager}: evaluation requested over AMI, where dangerous functions are refused. */
    public ChannelEvalContext(Pbx pbx, SimChannel channel, boolean fromManager) {
        super(pbx.runtime(), channel);
        this.pbx = pbx;
        this.channel = channel;
        this.fromManager = fromManager;
    }

    public Pbx pbx() {
        return pbx;
    }

    /** The channel, or null. */
    public SimChannel channel() {
        return channel;
    }

    @Override
    public boolean escalationsInhibited() {
        return fromManager && !pbx.asterisk().liveDangerously();
    }
}
