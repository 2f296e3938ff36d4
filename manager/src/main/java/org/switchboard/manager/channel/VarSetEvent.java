package org.switchboard.manager.channel;

import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.event.VariableSet;
import org.switchboard.protocol.CEscape;

/**
 * VarSet (spec 02 §2.2.1; stasis_channels.c varset_to_ami): the channel block, or
 * "Channel: none / Uniqueid: none" for a global, then Variable and the C-escaped Value.
 */
final class VarSetEvent implements PbxEventRenderer<VariableSet> {
    @Override
    public void render(VariableSet e, ManagerEvents out) {
        StringBuilder b = new StringBuilder(512);
        if (e.channel() == null) {
            b.append("Channel: none\r\nUniqueid: none\r\n");
        } else {
            ChannelBlock.append(b, e.channel());
        }
        b.append("Variable: ").append(e.name()).append("\r\n");
        b.append("Value: ").append(CEscape.escape(e.value())).append("\r\n");
        out.publish("VarSet", Classes.DIALPLAN, b.toString());
    }
}
