package org.switchboard.manager.channel.action;

import java.util.List;

import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;

/** The channel actions of spec 02 §4.1-4.2. */
public final class ChannelActions implements ActionFamily {
    private final Pbx pbx;

    public ChannelActions(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(
                new OriginateAction(pbx),
                new HangupAction(pbx),
                new GetvarAction(pbx),
                new SetvarAction(pbx),
                new StatusAction(pbx),
                new CoreShowChannelsAction(pbx),
                new AbsoluteTimeoutAction(pbx));
    }
}
