package org.switchboard.manager.pjsip;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.pjsip.PjsipEndpoints;
import org.switchboard.protocol.AmiResponse;

/** SBEndpointReset (Switchboard's own): drops an endpoint's run-time settings; the file's apply again. */
final class EndpointResetAction implements ActionHandler {
    private final PjsipEndpoints endpoints;

    EndpointResetAction(PjsipEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override public String name() { return "SBEndpointReset"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Give a simulated PJSIP endpoint's phone its configured settings back."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String endpoint = EndpointNames.required(ctx).orElse(null);
        if (endpoint == null) {
            return DONE;
        }
        return ctx.onCore(() -> {
            if (endpoints.endpoint(endpoint).isEmpty()) {
                ctx.reply(AmiResponse.error("No such endpoint"));
                return;
            }
            endpoints.reset(endpoint);
            ctx.reply(AmiResponse.success("Endpoint " + endpoint + " reset"));
        });
    }
}
