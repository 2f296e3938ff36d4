package org.switchboard.manager.transport.http;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.session.AmiSession;

/**
 * Runs one request's parameters as one AMI message through the same dispatcher as a socket
 * session (same permission checks and texts), collecting the replies for the HTTP body.
 */
final class AmiOverHttp {
    private static final Logger log = LoggerFactory.getLogger("http");

    /** What the action wrote, and whether it ended the session (Logoff, failed Login). */
    record Outcome(String ami, boolean endsSession) { }

    private AmiOverHttp() { }

    static CompletionStage<Outcome> run(ActionDispatcher actions, AmiSession session, List<FormParams.Param> params,
                                        HttpExchange exchange) {
        ReplyCollector replies = new ReplyCollector();
        ActionDispatcher.Dispatched d = actions.dispatch(session, FormParams.toMessage(params), exchange.loop(), replies);
        return d.done().handle((v, failure) -> {
            if (failure != null) {
                log.error("Manager action over HTTP failed", failure);
            }
            return new Outcome(replies.seal(), d.context().endsSession());
        });
    }
}
