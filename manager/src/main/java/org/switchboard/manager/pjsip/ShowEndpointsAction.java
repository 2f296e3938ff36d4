package org.switchboard.manager.pjsip;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.pjsip.EndpointConfig;
import org.switchboard.pbx.pjsip.PjsipEndpoints;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * PJSIPShowEndpoints (res_pjsip/pjsip_configuration.c ami_show_endpoints, format_ami_endpoints):
 * one EndpointList item per endpoint with its transport, AORs, auths, one Contacts line per AOR,
 * device state and active channel count. Endpoints come in name order (Asterisk's order is that of
 * its hash container).
 */
final class ShowEndpointsAction implements ActionHandler {
    private final Pbx pbx;
    private final PjsipEndpoints endpoints;

    ShowEndpointsAction(Pbx pbx, PjsipEndpoints endpoints) {
        this.pbx = pbx;
        this.endpoints = endpoints;
    }

    @Override public String name() { return "PJSIPShowEndpoints"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Lists PJSIP endpoints."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> {
            Collection<EndpointConfig> all = endpoints.config().endpoints().values();
            if (all.isEmpty()) {
                ctx.reply(AmiResponse.error("No endpoints found\n"));
                return;
            }
            ctx.reply(AmiResponse.listAck("A listing of Endpoints follows, presented as EndpointList events"));
            for (EndpointConfig e : all) {
                ctx.send(item(e, ctx.actionId()));
            }
            ctx.send(AmiLists.complete("EndpointListComplete", ctx.actionId(), all.size()));
        });
    }

    private String item(EndpointConfig e, String actionId) {
        StringBuilder b = new StringBuilder(512).append("Event: EndpointList\r\n");
        if (!actionId.isEmpty()) {
            b.append("ActionID: ").append(actionId).append("\r\n");
        }
        b.append("ObjectType: endpoint\r\nObjectName: ").append(e.name()).append("\r\n");
        b.append("Transport: ").append(e.transport()).append("\r\n");
        b.append("Aor: ").append(e.aors()).append("\r\n");
        b.append("Auths: ").append(String.join(",", e.auths())).append("\r\n");
        b.append("OutboundAuths: ").append(String.join(",", e.outboundAuths())).append("\r\n");
        for (String aor : e.aorNames()) {
            if (endpoints.config().aor(aor).isEmpty()) {
                continue;
            }
            b.append("Contacts: ");
            for (String id : PjsipObjects.contactIds(aor, endpoints)) {
                b.append(id).append(',');
            }
            b.append("\r\n");
        }
        b.append("DeviceState: ").append(PjsipObjects.deviceStateText(
                pbx.deviceStates().state("PJSIP/" + e.name()), endpoints, e.name())).append("\r\n");
        List<?> channels = endpoints.channelsOf(e.name());
        b.append("ActiveChannels: ").append(channels.size()).append("\r\n\r\n");
        return b.toString();
    }
}
