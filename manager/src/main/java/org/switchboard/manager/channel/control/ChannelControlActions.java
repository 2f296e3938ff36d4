package org.switchboard.manager.channel.control;

import java.util.List;

import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;

/** The smaller channel actions of spec 02 §4.2: PlayDTMF, SendFlash, SendText, MuteAudio. */
public final class ChannelControlActions implements ActionFamily {
    private final Pbx pbx;

    public ChannelControlActions(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(new PlayDtmfAction(pbx), new SendFlashAction(pbx), new SendTextAction(pbx),
                new MuteAudioAction(pbx));
    }
}
