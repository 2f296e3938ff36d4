package org.switchboard.manager.transport.http;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.manager.AmiVersions;
import org.switchboard.manager.transport.tls.TlsSettings;

/**
 * http.conf [general] and its {@code type=restriction} sections (spec 01 §7.1; http.c
 * __ast_http_load), with Asterisk's defaults.
 *
 * @param enabled            {@code enabled}
 * @param bindAddress        where the plain listener binds: {@code bindaddr} resolved, with its own
 *                           port or {@code bindport}; empty when bindaddr is missing or cannot be
 *                           resolved (the server then does not start)
 * @param prefix             {@code prefix} with a leading {@code /} ({@code /asterisk}), or "" for none
 * @param serverName         {@code servername}: the {@code Server:} header; "" leaves it out
 * @param sessionLimit       {@code sessionlimit}: open HTTP connections, plain and TLS together
 * @param sessionInactivityMs {@code session_inactivity}: the longest pause inside a request
 * @param sessionKeepAliveMs {@code session_keep_alive}: how long an idle connection waits for its
 *                           next request; 0 closes after every reply
 * @param tls                the TLS keys, with http.conf's own defaults ({@link #defaultTls()})
 * @param tlsBindAddress     where the TLS listener binds when TLS is enabled: {@code tlsbindaddr}
 *                           (port 8089 when it names none), else the plain address with port 8089
 * @param redirects          {@code redirect} lines, longest target first
 * @param restrictions       {@code [path] type=restriction} sections, in file order
 */
public record HttpSettings(boolean enabled, Optional<InetSocketAddress> bindAddress, String prefix, String serverName,
                           int sessionLimit, int sessionInactivityMs, int sessionKeepAliveMs, TlsSettings tls,
                           Optional<InetSocketAddress> tlsBindAddress, List<UriRedirect> redirects,
                           List<PathRestriction> restrictions) {

    /** http.c DEFAULT_PORT. */
    public static final int DEFAULT_PORT = 8088;
    /** http.c DEFAULT_TLS_PORT. */
    public static final int DEFAULT_TLS_PORT = 8089;
    public static final int DEFAULT_SESSION_LIMIT = 100;
    public static final int DEFAULT_SESSION_INACTIVITY_MS = 30000;
    public static final int DEFAULT_SESSION_KEEP_ALIVE_MS = 15000;
    /** What {@code servername} defaults to: {@code Asterisk/<version>}. */
    public static final String DEFAULT_SERVER_NAME = "Asterisk/" + AmiVersions.ASTERISK_VERSION;

    /**
     * http.c's TLS starting point: TLSv1 off, the server's cipher order, and the Mozilla
     * "intermediate" cipher list of July 2015.
     */
    public static final String DEFAULT_CIPHERS = "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:"
            + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:"
            + "DHE-DSS-AES128-GCM-SHA256:kEDH+AESGCM:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            + "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            + "ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:DHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA:"
            + "DHE-DSS-AES128-SHA256:DHE-RSA-AES256-SHA256:DHE-DSS-AES256-SHA:DHE-RSA-AES256-SHA:"
            + "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA256:AES128-SHA:AES256-SHA:"
            + "AES:CAMELLIA:DES-CBC3-SHA:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!aECDH:"
            + "!EDH-DSS-DES-CBC3-SHA:!EDH-RSA-DES-CBC3-SHA:!KRB5-DES-CBC3-SHA";

    public HttpSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(tlsBindAddress, "tlsBindAddress");
        redirects = List.copyOf(redirects);
        restrictions = List.copyOf(restrictions);
    }

    /** No http.conf: nothing listens. */
    public static HttpSettings disabled() {
        return new HttpSettings(false, Optional.empty(), "", DEFAULT_SERVER_NAME, DEFAULT_SESSION_LIMIT,
                DEFAULT_SESSION_INACTIVITY_MS, DEFAULT_SESSION_KEEP_ALIVE_MS, defaultTls(), Optional.empty(),
                List.of(), List.of());
    }

    /** What every (re)load of http.conf starts the TLS keys from (http.c __ast_http_load). */
    public static TlsSettings defaultTls() {
        return new TlsSettings(false, Optional.empty(), TlsSettings.DEFAULT_CERT_FILE, "", DEFAULT_CIPHERS,
                true, true, false, false);
    }

    /** The plain listener's address when the server is enabled and bindaddr resolved. */
    public Optional<InetSocketAddress> plainListener() {
        return enabled ? bindAddress : Optional.empty();
    }

    /** The TLS listener's address when TLS is enabled and has an address. */
    public Optional<InetSocketAddress> tlsListener() {
        return tls.enabled() ? tlsBindAddress : Optional.empty();
    }

    /** One {@code redirect = <target> <destination>} line: a 302 for exactly that URI. */
    public record UriRedirect(String target, String destination) { }
}
