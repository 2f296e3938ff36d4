package org.switchboard.manager.transport.http;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** One of the six manager URIs (spec 01 §7.2). */
interface ManagerEndpoint {
    /**
     * The request head is in: a reply that ends the request here (unsupported method, failed
     * digest authentication), or empty to read the body and go on to {@link #handle}.
     */
    Optional<HttpReply> head(HttpExchange exchange);

    /** The whole request is in; the stage may complete on any thread. */
    CompletionStage<HttpReply> handle(HttpExchange exchange, List<FormParams.Param> params);

    /** GET, HEAD and POST only (manager.c generic_http_callback, auth_http_callback). */
    static Optional<HttpReply> checkMethod(HttpExchange exchange, String serverName) {
        if (exchange.isMethod("GET") || exchange.isMethod("HEAD") || exchange.isMethod("POST")) {
            return Optional.empty();
        }
        return Optional.of(HttpErrorPages.error(501, "Not Implemented",
                "Attempt to use unimplemented / unsupported method", serverName, false));
    }
}
