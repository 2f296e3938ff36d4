package org.switchboard.manager.pjsip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.pjsip.PhoneBehaviour;
import org.switchboard.pbx.pjsip.PjsipEndpoints;
import org.switchboard.protocol.AmiHeaders;
import org.switchboard.protocol.AmiResponse;

/**
 * SBEndpointSet (Switchboard's own): changes settings of an endpoint's phone at run time, one
 * header per setting ({@code Mode: busy}, {@code Delay: 3}, {@code RejectCode: 480}, ...; the
 * names of docs/endpoints.md in camel case or as written there). All or nothing: an invalid value
 * changes nothing. Changing Mode to or from offline unregisters or registers the phone at once.
 */
final class EndpointSetAction implements ActionHandler {
    private final PjsipEndpoints endpoints;

    EndpointSetAction(PjsipEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override public String name() { return "SBEndpointSet"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Change how a simulated PJSIP endpoint's phone behaves."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String endpoint = EndpointNames.required(ctx).orElse(null);
        if (endpoint == null) {
            return DONE;
        }
        Map<String, String> changes = settingsOf(ctx.message().headers());
        if (changes.isEmpty()) {
            ctx.reply(AmiResponse.error("No setting specified"));
            return DONE;
        }
        return ctx.onCore(() -> {
            if (endpoints.endpoint(endpoint).isEmpty()) {
                ctx.reply(AmiResponse.error("No such endpoint"));
                return;
            }
            Optional<String> refused = endpoints.set(endpoint, changes);
            ctx.reply(refused.isPresent() ? AmiResponse.error(refused.get())
                    : AmiResponse.success("Endpoint " + endpoint + " updated"));
        });
    }

    /** The setting headers of a request, by setting name, in the order of {@link PhoneBehaviour#KEYS}. */
    static Map<String, String> settingsOf(AmiHeaders headers) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String key : PhoneBehaviour.KEYS) {
            String camel = SorceryObjectSet.camelCase(key);
            if (headers.has(camel)) {
                changes.put(key, headers.first(camel));
            } else if (headers.has(key)) {
                changes.put(key, headers.first(key));
            }
        }
        return changes;
    }
}
