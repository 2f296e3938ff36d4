package org.switchboard.manager.channel;

import org.switchboard.pbx.event.ChannelRenamed;
import org.switchboard.pbx.event.ChannelSnapshotChanged;
import org.switchboard.pbx.event.DeviceStateChanged;
import org.switchboard.pbx.event.DialStarted;
import org.switchboard.pbx.event.DialStatusChanged;
import org.switchboard.pbx.event.DtmfReceived;
import org.switchboard.pbx.event.HangupRequested;
import org.switchboard.pbx.event.HoldChanged;
import org.switchboard.pbx.event.LocalPairBridged;
import org.switchboard.pbx.event.UserEventRaised;
import org.switchboard.pbx.event.VariableSet;

/** Registers the renderers of the channel events of spec 02 §2.1-2.6. */
public final class ChannelEventRenderers {
    private ChannelEventRenderers() { }

    public static void registerAll(PbxEventTranslator t) {
        t.register(ChannelSnapshotChanged.class, new SnapshotEvents())
                .register(VariableSet.class, new VarSetEvent())
                .register(HangupRequested.class, new HangupRequestEvent())
                .register(DialStarted.class, DialEvents.BEGIN)
                .register(DialStatusChanged.class, DialEvents.STATUS)
                .register(LocalPairBridged.class, SimpleChannelEvents.LOCAL_BRIDGE)
                .register(UserEventRaised.class, SimpleChannelEvents.USER_EVENT)
                .register(DeviceStateChanged.class, SimpleChannelEvents.DEVICE_STATE)
                .register(DtmfReceived.class, SimpleChannelEvents.DTMF)
                .register(HoldChanged.class, SimpleChannelEvents.HOLD)
                .register(ChannelRenamed.class, SimpleChannelEvents.RENAME);
    }
}
