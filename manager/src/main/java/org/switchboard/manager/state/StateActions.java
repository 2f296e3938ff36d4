package org.switchboard.manager.state;

import java.util.List;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;

/**
 * The device, presence and extension state actions of spec 02 §4.5: DeviceStateList,
 * PresenceState, PresenceStateList, ExtensionState, ExtensionStateList.
 */
public final class StateActions implements ActionFamily {
    private final Pbx pbx;

    public StateActions(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(
                new DeviceStateListAction(pbx),
                new PresenceStateAction(pbx),
                new PresenceStateListAction(pbx),
                new ExtensionStateAction(pbx),
                new ExtensionStateListAction(pbx));
    }

    /**
     * One item of a state list (res_manager_devicestate.c action_devicestatelist and friends):
     * the event name, the ActionID when there is one, the event's fields, a blank line.
     */
    static String listItem(ActionContext ctx, String event, String fields) {
        StringBuilder b = new StringBuilder(64 + fields.length()).append("Event: ").append(event).append("\r\n");
        if (!ctx.actionId().isEmpty()) {
            b.append("ActionID: ").append(ctx.actionId()).append("\r\n");
        }
        return b.append(fields).append("\r\n").toString();
    }
}
