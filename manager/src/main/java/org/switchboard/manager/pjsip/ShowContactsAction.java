package org.switchboard.manager.pjsip;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.pjsip.Contact;
import org.switchboard.pbx.pjsip.ContactStatus;
import org.switchboard.pbx.pjsip.PjsipEndpoints;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * PJSIPShowContacts (res_pjsip/pjsip_options.c ami_show_contacts): one ContactList item per
 * contact sorcery stores, i.e. the registered ones (permanent contacts are not listed), by id,
 * each with its fields, Status and RoundtripUsec ({@code N/A} unless Reachable).
 */
final class ShowContactsAction implements ActionHandler {
    private final PjsipEndpoints endpoints;

    ShowContactsAction(PjsipEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override public String name() { return "PJSIPShowContacts"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Lists PJSIP Contacts."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> {
            List<Contact> contacts = endpoints.registeredContacts();
            if (contacts.isEmpty()) {
                ctx.reply(AmiResponse.error("No Contacts found\n"));
                return;
            }
            ctx.reply(AmiResponse.listAck("A listing of Contacts follows, presented as ContactList events"));
            for (Contact c : contacts) {
                StringBuilder b = new StringBuilder(768).append("Event: ContactList\r\n");
                if (!ctx.actionId().isEmpty()) {
                    b.append("ActionID: ").append(ctx.actionId()).append("\r\n");
                }
                SorceryObjectSet.append(b, "contact", c.id(), PjsipObjects.contactFields(c));
                ContactStatus status = endpoints.status(c);
                b.append("Status: ").append(status.label()).append("\r\n");
                b.append("RoundtripUsec: ").append(status == ContactStatus.REACHABLE
                        ? Long.toString(PjsipEndpoints.roundTripUsec(status)) : "N/A").append("\r\n\r\n");
                ctx.send(b.toString());
            }
            ctx.send(AmiLists.complete("ContactListComplete", ctx.actionId(), contacts.size()));
        });
    }
}
