package org.switchboard.manager.state;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * DeviceStateList (spec 02 §4.5; res_manager_devicestate.c): one DeviceStateChange item per cached
 * device, in the cache's order (capture T01).
 */
final class DeviceStateListAction implements ActionHandler {
    private final Pbx pbx;

    DeviceStateListAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "DeviceStateList"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.CALL, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "List the current known device states."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> {
            List<Map.Entry<String, DeviceState>> devices = pbx.deviceStates().cached();
            ctx.reply(AmiResponse.listAck("Device State Changes will follow"));
            for (Map.Entry<String, DeviceState> d : devices) {
                ctx.send(StateActions.listItem(ctx, "DeviceStateChange",
                        "Device: " + d.getKey() + "\r\nState: " + d.getValue().name() + "\r\n"));
            }
            ctx.send(AmiLists.complete("DeviceStateListComplete", ctx.actionId(), devices.size()));
        });
    }
}
