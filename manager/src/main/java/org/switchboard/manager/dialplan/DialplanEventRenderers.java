package org.switchboard.manager.dialplan;

import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.ChannelBlock;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.pbx.event.HangupHandlerChanged;

/** The AMI events of the dialplan applications: HangupHandlerPush / Pop / Run (manager_channels.c). */
public final class DialplanEventRenderers {
    private DialplanEventRenderers() { }

    public static void registerAll(PbxEventTranslator t) {
        t.register(HangupHandlerChanged.class, (e, out) -> {
            String event;
            switch (e.action()) {
                case "run": event = "HangupHandlerRun"; break;
                case "pop": event = "HangupHandlerPop"; break;
                case "push": event = "HangupHandlerPush"; break;
                default: return;
            }
            StringBuilder b = ChannelBlock.append(new StringBuilder(512), e.channel());
            b.append("Handler: ").append(e.handler()).append("\r\n");
            out.publish(event, PermissionClass.DIALPLAN.mask(), b.toString());
        });
    }
}
