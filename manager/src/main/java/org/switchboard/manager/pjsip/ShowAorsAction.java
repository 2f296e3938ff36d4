package org.switchboard.manager.pjsip;

import java.util.Collection;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.pjsip.AorConfig;
import org.switchboard.pbx.pjsip.PjsipEndpoints;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * PJSIPShowAors (res_pjsip/location.c ami_show_aors, format_ami_aorlist_handler): one AorList item
 * per AOR with its sorcery fields ({@code contact} shown as {@code Contacts}). AORs come in name
 * order.
 */
final class ShowAorsAction implements ActionHandler {
    private final PjsipEndpoints endpoints;

    ShowAorsAction(PjsipEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override public String name() { return "PJSIPShowAors"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Lists PJSIP AORs."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> {
            Collection<AorConfig> aors = endpoints.config().aors().values();
            if (aors.isEmpty()) {
                ctx.reply(AmiResponse.error("No AORs found\n"));
                return;
            }
            ctx.reply(AmiResponse.listAck("A listing of AORs follows, presented as AorList events"));
            for (AorConfig aor : aors) {
                StringBuilder b = new StringBuilder(512).append("Event: AorList\r\n");
                if (!ctx.actionId().isEmpty()) {
                    b.append("ActionID: ").append(ctx.actionId()).append("\r\n");
                }
                // location.c sip_aor_to_ami writes the contact field as Contacts
                SorceryObjectSet.append(b, "aor", aor.name(), PjsipObjects.aorFields(aor, endpoints),
                        h -> h.equals("Contact") ? "Contacts" : h);
                ctx.send(b.append("\r\n").toString());
            }
            ctx.send(AmiLists.complete("AorListComplete", ctx.actionId(), aors.size()));
        });
    }
}
