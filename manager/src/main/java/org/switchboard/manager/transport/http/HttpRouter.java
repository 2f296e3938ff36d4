package org.switchboard.manager.transport.http;

import java.net.InetAddress;
import java.util.List;

import org.switchboard.protocol.Ascii;

/**
 * Finds what answers a request path, in http.c handle_uri's order: path restrictions (403),
 * redirects (302), then the prefix and the registered URIs, compared without case, where a
 * trailing {@code /} is accepted and any further sub-path is not (404).
 */
final class HttpRouter {
    /**
     * A URI Asterisk registers, in the order its list keeps them (longest first, later
     * registrations first among equals), which is also the order {@code http show status} prints.
     */
    record Registered(String uri, String description, ManagerEndpoint endpoint) { }

    /** A request's destination: a reply made here, or an endpoint. */
    record Route(HttpReply reply, ManagerEndpoint endpoint) { }

    private final HttpContext context;
    private final List<Registered> managerUris;

    HttpRouter(HttpContext context) {
        this.context = context;
        // manager.c registers rawman, manager, mxml, arawman, amanager, amxml; http.c
        // ast_http_uri_link keeps the list sorted by length, newest first among equals
        this.managerUris = List.of(
                new Registered("amanager", "HTML Manager Event Interface w/Digest authentication",
                        new DigestEndpoint(context, OutputFormat.HTML)),
                new Registered("arawman", "Raw HTTP Manager Event Interface w/Digest authentication",
                        new DigestEndpoint(context, OutputFormat.RAW)),
                new Registered("manager", "HTML Manager Event Interface", new CookieEndpoint(context, OutputFormat.HTML)),
                new Registered("rawman", "Raw HTTP Manager Event Interface", new CookieEndpoint(context, OutputFormat.RAW)),
                new Registered("amxml", "XML Manager Event Interface w/Digest authentication",
                        new DigestEndpoint(context, OutputFormat.XML)),
                new Registered("mxml", "XML Manager Event Interface", new CookieEndpoint(context, OutputFormat.XML)));
    }

    /** The URIs registered now: the manager's six while manager.conf enables them, else none. */
    List<Registered> registered() {
        return context.managerWebEnabled() ? managerUris : List.of();
    }

    Route route(String path, InetAddress client) {
        HttpSettings s = context.settings();
        for (PathRestriction r : s.restrictions()) {
            if (r.denies(path, client)) {
                return new Route(HttpErrorPages.error(403, "Forbidden", "Access denied by ACL", s.serverName(), true), null);
            }
        }
        for (HttpSettings.UriRedirect r : s.redirects()) {
            if (Ascii.equalsIgnoreCase(path, r.target())) {
                return new Route(new HttpReply(302, "Moved Temporarily", "Location: " + r.destination() + "\r\n",
                        new byte[0], false), null);
            }
        }
        String prefix = s.prefix();
        if (path.length() > prefix.length() && path.regionMatches(true, 0, prefix, 0, prefix.length())
                && path.charAt(prefix.length()) == '/') {
            String rest = path.substring(prefix.length() + 1);
            for (Registered r : registered()) {
                int len = r.uri().length();
                if (!rest.regionMatches(true, 0, r.uri(), 0, len) || rest.length() < len) {
                    continue;
                }
                String tail = rest.substring(len);
                if (tail.isEmpty() || tail.equals("/")) {
                    return new Route(null, r.endpoint());
                }
            }
        }
        return new Route(HttpErrorPages.error(404, "Not Found", "The requested URL was not found on this server.",
                s.serverName(), false), null);
    }
}
