package org.switchboard.manager.transport.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.AstBool;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;
import org.switchboard.manager.acl.AclFormatException;
import org.switchboard.manager.acl.NamedAcls;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.acl.UserAcl;
import org.switchboard.manager.transport.tls.TlsSettingsParser;
import org.switchboard.protocol.Ascii;

/**
 * Reads http.conf as http.c __ast_http_load does: every load starts from the defaults (nothing
 * is kept from a previous load), unknown [general] keys are logged and ignored, bad numbers fall
 * back to the default with Asterisk's WARNING, and {@code type=restriction} sections become
 * {@link PathRestriction}s. Static file delivery and the status page are not offered; their keys
 * are logged once as unsupported.
 */
public final class HttpSettingsLoader {
    private static final Logger log = LoggerFactory.getLogger("http");
    /** http.c MAX_PREFIX, MAX_SERVER_NAME_LENGTH: the buffers the values are copied into. */
    private static final int MAX_PREFIX = 80;
    private static final int MAX_SERVER_NAME = 128;
    private static final Set<String> UNSUPPORTED = Set.of("enablestatic", "enable_static", "enable_status");

    private HttpSettingsLoader() { }

    /** Loads http.conf; {@code namedAcls} resolves {@code acl=} lines of restriction sections. */
    public static HttpSettings load(ConfigFile conf, NamedAcls namedAcls) {
        boolean enabled = false;
        String bindAddressText = null;
        int bindPort = HttpSettings.DEFAULT_PORT;
        String prefix = "";
        String serverName = HttpSettings.DEFAULT_SERVER_NAME;
        int sessionLimit = HttpSettings.DEFAULT_SESSION_LIMIT;
        int inactivity = HttpSettings.DEFAULT_SESSION_INACTIVITY_MS;
        int keepAlive = HttpSettings.DEFAULT_SESSION_KEEP_ALIVE_MS;
        List<HttpSettings.UriRedirect> redirects = new ArrayList<>();
        TlsSettingsParser tls = new TlsSettingsParser(HttpSettings.defaultTls());

        List<Variable> general = conf.section("general").map(Category::variables).orElse(List.of());
        for (Variable v : general) {
            String key = Ascii.toLowerCase(v.name());
            String value = v.value();
            if (tls.apply(v.name(), value)) {
                continue;
            }
            switch (key) {
                case "servername" -> serverName = truncate(value, MAX_SERVER_NAME - 1);
                case "enabled" -> enabled = AstBool.isTrue(value);
                case "bindport" -> bindPort = parsePort(value);
                case "bindaddr" -> bindAddressText = value;
                case "prefix" -> prefix = value.isEmpty() ? "" : "/" + truncate(value, MAX_PREFIX - 2);
                case "redirect" -> parseRedirect(value).ifPresent(redirects::add);
                case "sessionlimit" -> sessionLimit = positive(v, HttpSettings.DEFAULT_SESSION_LIMIT);
                case "session_inactivity" -> inactivity = positive(v, HttpSettings.DEFAULT_SESSION_INACTIVITY_MS);
                case "session_keep_alive" -> keepAlive = keepAlive(v);
                default -> {
                    if (UNSUPPORTED.contains(key)) {
                        log.warn("http.conf option '{}' is not supported by Switchboard; ignored", v.name());
                    } else {
                        log.warn("Ignoring unknown option '{}' in http.conf", v.name());
                    }
                }
            }
        }
        // the redirect list is kept longest target first (http.c add_redirect); a stable sort
        // puts later lines first among equals, as Asterisk's insertion does
        List<HttpSettings.UriRedirect> ordered = new ArrayList<>();
        for (int i = redirects.size() - 1; i >= 0; i--) {
            ordered.add(redirects.get(i));
        }
        ordered.sort(Comparator.comparingInt((HttpSettings.UriRedirect r) -> r.target().length()).reversed());

        Optional<InetSocketAddress> bind = enabled ? resolve(bindAddressText, bindPort) : Optional.empty();
        Optional<InetSocketAddress> tlsBind = tls.settings().bindAddress()
                .map(a -> a.getPort() == 0 ? new InetSocketAddress(a.getAddress(), HttpSettings.DEFAULT_TLS_PORT) : a)
                .or(() -> bind.map(a -> new InetSocketAddress(a.getAddress(), HttpSettings.DEFAULT_TLS_PORT)));
        return new HttpSettings(enabled, bind, prefix, serverName, sessionLimit, inactivity, keepAlive,
                tls.settings(), tlsBind, ordered, restrictions(conf, namedAcls));
    }

    /** bindport: 0..65535, anything else the default with a WARNING; 0 means 8088 (http_server_get_by_host). */
    private static int parsePort(String value) {
        Long parsed = parseUnsigned(value);
        if (parsed == null || parsed > 65535) {
            log.warn("Invalid port {} specified. Using default port {}", value, HttpSettings.DEFAULT_PORT);
            return HttpSettings.DEFAULT_PORT;
        }
        return parsed == 0 ? HttpSettings.DEFAULT_PORT : parsed.intValue();
    }

    /** sessionlimit, session_inactivity: 1..INT_MAX, else the default with a WARNING. */
    private static int positive(Variable v, int fallback) {
        Long parsed = parseSigned(v.value());
        if (parsed == null || parsed < 1 || parsed > Integer.MAX_VALUE) {
            warnInvalid(v);
            return fallback;
        }
        return parsed.intValue();
    }

    /** session_keep_alive: scanned as %d; negative or unreadable is the default with a WARNING. */
    private static int keepAlive(Variable v) {
        Long parsed = leadingInt(v.value());
        if (parsed == null || parsed < 0) {
            warnInvalid(v);
            return HttpSettings.DEFAULT_SESSION_KEEP_ALIVE_MS;
        }
        return (int) Math.min(parsed, Integer.MAX_VALUE);
    }

    private static void warnInvalid(Variable v) {
        int line = v.location() == null ? 0 : v.location().line();
        log.warn("Invalid {} '{}' at line {} of http.conf", v.name(), v.value(), line);
    }

    /** {@code redirect = <target> <destination>}: split at the first blank (http.c add_redirect). */
    static Optional<HttpSettings.UriRedirect> parseRedirect(String value) {
        String text = Ascii.skipBlanks(value);
        int space = text.indexOf(' ');
        if (space < 0) {
            log.warn("Invalid redirect '{}'", value);
            return Optional.empty();
        }
        return Optional.of(new HttpSettings.UriRedirect(text.substring(0, space), text.substring(space + 1)));
    }

    private static List<PathRestriction> restrictions(ConfigFile conf, NamedAcls namedAcls) {
        List<PathRestriction> out = new ArrayList<>();
        for (Category c : conf.categories()) {
            if (Ascii.equalsIgnoreCase(c.name(), "general")
                    || !c.value("type").map(t -> Ascii.equalsIgnoreCase(t, "restriction")).orElse(false)) {
                continue;
            }
            UserAcl.Builder acl = UserAcl.builder();
            for (Variable v : c.variables()) {
                String key = Ascii.toLowerCase(v.name());
                if (!key.equals("permit") && !key.equals("deny") && !key.equals("acl")) {
                    continue;
                }
                try {
                    acl.add(v.name(), v.value(), namedAcls);
                } catch (AclFormatException e) {
                    int line = v.location() == null ? 0 : v.location().line();
                    log.error("Bad ACL '{}' at line '{}' of http.conf for restriction '{}'", v.value(), line, c.name());
                }
            }
            out.add(new PathRestriction(c.name(), acl.build()));
        }
        return out;
    }

    /**
     * bindaddr as http_server_get_by_host resolves it: a numeric address or a host name, with an
     * optional port that wins over bindport. Missing or unresolvable: no server.
     */
    static Optional<InetSocketAddress> resolve(String text, int bindPort) {
        if (text == null || text.isEmpty()) {
            log.warn("Unable to resolve host '(null)'");
            return Optional.empty();
        }
        Optional<NumericAddress.HostPort> numeric = NumericAddress.parse(text, NumericAddress.PortPolicy.ACCEPT);
        if (numeric.isPresent()) {
            NumericAddress.HostPort hp = numeric.get();
            return Optional.of(new InetSocketAddress(hp.address(), hp.port() == 0 ? bindPort : hp.port()));
        }
        String host = text;
        int port = bindPort;
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.indexOf(':') == colon) {
            Long p = parseUnsigned(text.substring(colon + 1));
            if (p != null && p <= 65535) {
                host = text.substring(0, colon);
                port = p == 0 ? bindPort : p.intValue();
            }
        }
        try {
            return Optional.of(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException e) {
            log.warn("Unable to resolve host '{}'", text);
            return Optional.empty();
        }
    }

    private static Long parseUnsigned(String value) {
        String t = Ascii.strip(value);
        if (t.isEmpty() || t.length() > 10) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(t);
    }

    private static Long parseSigned(String value) {
        String t = Ascii.strip(value);
        boolean negative = t.startsWith("-");
        Long magnitude = parseUnsigned(negative || t.startsWith("+") ? t.substring(1) : t);
        return magnitude == null ? null : negative ? -magnitude : magnitude;
    }

    /** sscanf "%d": blanks, a sign and the digits that follow; null when there are none. */
    private static Long leadingInt(String value) {
        String t = Ascii.skipBlanks(value);
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        int start = i;
        long n = 0;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9' && i - start < 12) {
            n = n * 10 + (t.charAt(i) - '0');
            i++;
        }
        return i == start ? null : negative ? -n : n;
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
