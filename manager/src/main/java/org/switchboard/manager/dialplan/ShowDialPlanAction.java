package org.switchboard.manager.dialplan;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.dialplan.DialplanListing;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * ShowDialPlan (spec 02 §4.4; pbx.c manager_show_dialplan): one ListDialplan item per priority,
 * include, ignore pattern and switch of the contexts asked for. The list acknowledgement goes out
 * with the first item; an unknown context or extension is an error after whatever items were
 * found, as Asterisk writes them as it walks.
 */
final class ShowDialPlanAction implements ActionHandler {
    private final Pbx pbx;

    ShowDialPlanAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "ShowDialPlan"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.CONFIG, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Show dialplan contexts and extensions"; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String context = ctx.header("Context");
        String extension = ctx.header("Extension");
        return ctx.onCore(() -> {
            DialplanListing.ManagerListing listing = DialplanListing.manager(pbx.dialplan(), context, extension);
            String id = ctx.actionId();
            AmiResponse ack = AmiResponse.listAck("DialPlan list will follow");
            if (!listing.items().isEmpty()) {
                ctx.reply(ack);
            }
            for (DialplanListing.Item item : listing.items()) {
                ctx.send(render(item, id));
            }
            String error = listing.error();
            if (error != null) {
                ctx.reply(AmiResponse.error(error));
                return;
            }
            if (listing.items().isEmpty()) {
                ctx.reply(ack);
            }
            ctx.send(AmiLists.start("ShowDialPlanComplete", id, listing.items().size())
                    .header("ListExtensions", listing.extensions())
                    .header("ListPriorities", listing.priorities())
                    .header("ListContexts", listing.contexts())
                    .build());
        });
    }

    private static String render(DialplanListing.Item item, String id) {
        StringBuilder b = new StringBuilder(256).append("Event: ListDialplan\r\n");
        if (!id.isEmpty()) {
            b.append("ActionID: ").append(id).append("\r\n");
        }
        b.append("Context: ").append(item.context()).append("\r\n");
        if (item instanceof DialplanListing.PriorityItem p) {
            b.append("Extension: ").append(p.extension()).append("\r\n");
            if (p.label() != null) {
                b.append("ExtensionLabel: ").append(p.label()).append("\r\n");
            }
            if (p.isHint()) {
                b.append("Priority: hint\r\nApplication: ").append(p.app()).append("\r\n");
            } else {
                b.append("Priority: ").append(p.priority()).append("\r\n")
                        .append("Application: ").append(p.app()).append("\r\n")
                        .append("AppData: ").append(p.appData()).append("\r\n");
            }
            b.append("Registrar: ").append(p.registrar()).append("\r\n");
        } else if (item instanceof DialplanListing.IncludeItem i) {
            b.append("IncludeContext: ").append(i.include()).append("\r\n")
                    .append("Registrar: ").append(i.registrar()).append("\r\n");
        } else if (item instanceof DialplanListing.IgnorePatternItem ip) {
            b.append("IgnorePattern: ").append(ip.pattern()).append("\r\n")
                    .append("Registrar: ").append(ip.registrar()).append("\r\n");
        } else if (item instanceof DialplanListing.SwitchItem s) {
            b.append("Switch: ").append(s.name()).append('/').append(s.data()).append("\r\n")
                    .append("Registrar: ").append(s.registrar()).append("\r\n");
        }
        return b.append("\r\n").toString();
    }
}
