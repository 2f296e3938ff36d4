package org.switchboard.manager.transport.http;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.pbx.log.Verbose;

/**
 * /rawman, /manager and /mxml (spec 01 §7.4; manager.c generic_http_callback): the
 * {@code mansession_id} cookie names a session, or a new unauthenticated one is made; the
 * request's parameters run as one AMI message; the reply carries the cookie again. A Logoff or a
 * failed Login destroys the session once no other request uses it.
 */
final class CookieEndpoint implements ManagerEndpoint {
    private static final Logger log = LoggerFactory.getLogger("manager");

    private final HttpContext context;
    private final OutputFormat format;

    CookieEndpoint(HttpContext context, OutputFormat format) {
        this.context = context;
        this.format = format;
    }

    @Override
    public Optional<HttpReply> head(HttpExchange exchange) {
        return ManagerEndpoint.checkMethod(exchange, context.serverName());
    }

    @Override
    public CompletionStage<HttpReply> handle(HttpExchange exchange, List<FormParams.Param> params) {
        HttpManagerSessions sessions = context.sessions();
        long id = HttpCookies.managerId(exchange.headers().getAll("Cookie"));
        HttpManagerSession session = sessions.useCookie(id)
                .orElseGet(() -> sessions.createCookie(exchange.remote(), exchange.listener()));
        return AmiOverHttp.run(context.actions(), session.ami(), params, exchange)
                .thenApply(outcome -> reply(session, outcome, params));
    }

    private HttpReply reply(HttpManagerSession session, AmiOverHttp.Outcome outcome, List<FormParams.Param> params) {
        AmiSession ami = session.ami();
        if (outcome.endsSession()) {
            String ip = NumericAddress.format(ami.remote().getAddress());
            if (ami.authenticated()) {
                if (context.sessions().displayConnects(ami.username())) {
                    Verbose.log(log, 2, "HTTP Manager '" + ami.username() + "' logged off from " + ip);
                }
            } else if (context.runtime().settings().general().displayConnects()) {
                Verbose.log(log, 2, "HTTP Connect attempt from '" + ip + "' unable to authenticate");
            }
            session.markNeedDestroy();
        }
        int httpTimeout = context.runtime().settings().general().httpTimeout();
        String headers = format.contentTypeLine()
                + "Set-Cookie: mansession_id=\"" + String.format("%08x", session.managerId())
                + "\"; Version=1; Max-Age=" + httpTimeout + "\r\n"
                + "Pragma: SuppressEvents\r\n";
        String body = ManagerPages.body(format, false, outcome.ami(), params);
        if (session.endRequest(httpTimeout)) {
            context.sessions().destroy(session);
        }
        return HttpReply.ok(headers, body);
    }
}
