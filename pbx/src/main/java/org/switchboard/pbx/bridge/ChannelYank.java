package org.switchboard.pbx.bridge;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.NoTechnology;
import org.switchboard.pbx.channel.SimChannel;

/**
 * Taking control of a channel someone else runs (channel.c ast_channel_yank): a new channel
 * "Surrogate/&lt;name&gt;" is allocated at the yankee's location (Newchannel), then the yankee is
 * masqueraded into it: the new channel takes the yankee's identity (name, Uniqueid, state,
 * technology) and is returned, while the old one, now named Surrogate/... with the new Uniqueid,
 * is a zombie whose owner ends and hangs it up.
 */
public final class ChannelYank {
    private ChannelYank() { }

    /** ast_channel_yank; null when the yankee is already gone. */
    public static SimChannel yank(Pbx pbx, SimChannel yankee) {
        if (yankee.isHungUp()) {
            return null;
        }
        int priority = yankee.priority() + (yankee.inAutoloop() ? 1 : 0);
        SimChannel surrogate = pbx.allocateChannel(NoTechnology.INSTANCE, "Surrogate/" + yankee.name(),
                ChannelState.DOWN, yankee.context(), yankee.exten(), yankee.linkedId(), null);
        surrogate.setPriority(priority);
        // channel_do_masquerade stops the original's visible indication first
        surrogate.masquerade(yankee);
        // datastores follow the identity (channel_do_masquerade moves the clone's to the original)
        AfterBridge.moveAll(yankee, surrogate);
        CallFeature.move(yankee, surrogate);
        return surrogate;
    }
}
