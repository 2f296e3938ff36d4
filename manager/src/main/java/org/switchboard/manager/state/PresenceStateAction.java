package org.switchboard.manager.state;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.presence.Presence;
import org.switchboard.pbx.presence.PresenceState;
import org.switchboard.protocol.AmiResponse;

/**
 * PresenceState (spec 02 §4.5; manager.c action_presencestate): the provider's presence, cache
 * first; Subtype only when there is one; a message both as a second Message header and as
 * PresenceMessage (capture T05).
 */
final class PresenceStateAction implements ActionHandler {
    private final Pbx pbx;

    PresenceStateAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "PresenceState"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.CALL, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Check Presence State"; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String provider = ctx.header("Provider");
        if (provider.isEmpty()) {
            ctx.reply(AmiResponse.error("No provider specified"));
            return DONE;
        }
        return ctx.onCore(() -> {
            Presence p = pbx.presenceStates().state(provider);
            if (p.state() == PresenceState.INVALID) {
                ctx.reply(AmiResponse.error("Invalid provider " + provider + " or provider in invalid state"));
                return;
            }
            AmiResponse r = AmiResponse.success("Presence State").with("State", p.state().text());
            if (p.subtype() != null && !p.subtype().isEmpty()) {
                r = r.with("Subtype", p.subtype());
            }
            if (p.message() != null && !p.message().isEmpty()) {
                r = r.with("Message", p.message()).with("PresenceMessage", p.message());
            }
            ctx.reply(r);
        });
    }
}
