package org.switchboard.manager.pjsip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.pjsip.EndpointConfig;
import org.switchboard.pbx.pjsip.PjsipEndpoints;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * SBEndpointList (Switchboard's own): one SBEndpoint item per endpoint (or the one named in
 * {@code Endpoint}) with its reachability, device state, active channels and every phone setting
 * (docs/endpoints.md); then SBEndpointListComplete.
 */
final class EndpointListAction implements ActionHandler {
    private final PjsipEndpoints endpoints;

    EndpointListAction(PjsipEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override public String name() { return "SBEndpointList"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "List the simulated PJSIP endpoints and their phones' settings."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String wanted = EndpointNames.strip(ctx.header("Endpoint"));
        return ctx.onCore(() -> {
            List<EndpointConfig> list = new ArrayList<>();
            for (EndpointConfig e : endpoints.config().endpoints().values()) {
                if (wanted.isEmpty() || e.name().equals(wanted)) {
                    list.add(e);
                }
            }
            if (!wanted.isEmpty() && list.isEmpty()) {
                ctx.reply(AmiResponse.error("No such endpoint"));
                return;
            }
            ctx.reply(AmiResponse.listAck("Endpoints will follow"));
            for (EndpointConfig e : list) {
                StringBuilder b = new StringBuilder(768).append("Event: SBEndpoint\r\n");
                if (!ctx.actionId().isEmpty()) {
                    b.append("ActionID: ").append(ctx.actionId()).append("\r\n");
                }
                b.append("Endpoint: ").append(e.name()).append("\r\n");
                b.append("Context: ").append(e.context()).append("\r\n");
                b.append("Reachable: ").append(endpoints.reachable(e.name()) ? "yes" : "no").append("\r\n");
                b.append("DeviceState: ").append(endpoints.deviceState(e.name()).name()).append("\r\n");
                b.append("ActiveChannels: ").append(endpoints.channelsOf(e.name()).size()).append("\r\n");
                for (Map.Entry<String, String> s : endpoints.settings(e.name()).entrySet()) {
                    b.append(SorceryObjectSet.camelCase(s.getKey())).append(": ").append(s.getValue()).append("\r\n");
                }
                ctx.send(b.append("\r\n").toString());
            }
            ctx.send(AmiLists.complete("SBEndpointListComplete", ctx.actionId(), list.size()));
        });
    }
}
