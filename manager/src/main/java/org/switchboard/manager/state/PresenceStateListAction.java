package org.switchboard.manager.state;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.presence.Presence;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * PresenceStateList (spec 02 §4.5; res_manager_presencestate.c): one PresenceStateChange item per
 * cached presence, in the cache's order (capture T02).
 */
final class PresenceStateListAction implements ActionHandler {
    private final Pbx pbx;

    PresenceStateListAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "PresenceStateList"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.CALL, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "List the current known presence states."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> {
            List<Map.Entry<String, Presence>> presences = pbx.presenceStates().cached();
            ctx.reply(AmiResponse.listAck("Presence State Changes will follow"));
            for (Map.Entry<String, Presence> p : presences) {
                ctx.send(StateActions.listItem(ctx, "PresenceStateChange",
                        StateEvents.presenceBody(p.getKey(), p.getValue())));
            }
            ctx.send(AmiLists.complete("PresenceStateListComplete", ctx.actionId(), presences.size()));
        });
    }
}
