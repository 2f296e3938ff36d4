package org.switchboard.pbx.exec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.log.Verbose;

/** What a running application gets: its channel, the PBX, and dialplan evaluation on the channel. */
public final class AppContext {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Pbx pbx;
    private final SimChannel channel;
    private final ChannelEvalContext eval;

    public AppContext(Pbx pbx, SimChannel channel) {
        this.pbx = pbx;
        this.channel = channel;
        this.eval = new ChannelEvalContext(pbx, channel);
    }

    public Pbx pbx() {
        return pbx;
    }

    public SimChannel channel() {
        return channel;
    }

    public ChannelEvalContext eval() {
        return eval;
    }

    /** Substitutes variables and expressions in {@code text} on this channel. */
    public String substitute(String text) {
        return eval.substitute(text);
    }

    public void verbose(int level, String message) {
        Verbose.log(log, level, message);
    }

    public Logger log() {
        return log;
    }
}
