package org.switchboard.manager.pjsip;

import java.util.Optional;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.protocol.AmiResponse;

/** Endpoint names as requests give them: with or without the {@code PJSIP/} prefix. */
final class EndpointNames {
    private EndpointNames() { }

    /** The name without a leading {@code PJSIP/} (any case), as PJSIPShowEndpoint accepts it. */
    static String strip(String name) {
        String n = name.strip();
        return n.regionMatches(true, 0, "PJSIP/", 0, 6) ? n.substring(6) : n;
    }

    /** The request's Endpoint header; when it is missing, replies "No endpoint specified" and is empty. */
    static Optional<String> required(ActionContext ctx) {
        String endpoint = strip(ctx.header("Endpoint"));
        if (endpoint.isEmpty()) {
            ctx.reply(AmiResponse.error("No endpoint specified"));
            return Optional.empty();
        }
        return Optional.of(endpoint);
    }
}
