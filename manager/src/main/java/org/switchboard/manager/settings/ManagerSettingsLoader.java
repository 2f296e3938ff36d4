package org.switchboard.manager.settings;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.AstBool;
import org.switchboard.config.CNumbers;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;
import org.switchboard.manager.acl.AclFormatException;
import org.switchboard.manager.acl.NamedAcls;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.acl.UserAcl;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.manager.filter.EventFilterParser;
import org.switchboard.manager.filter.FilterParseResult;
import org.switchboard.manager.filter.FilterSet;
import org.switchboard.manager.transport.tls.TlsBindAddress;
import org.switchboard.manager.transport.tls.TlsSettingsParser;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.protocol.Ascii;

/**
 * Turns manager.conf (and users.conf) into {@link ManagerSettings} the way Asterisk's
 * __init_manager does, including its reload rules (spec 01 §5.4): some [general] options and
 * removed user keys keep their previous values; ACLs, filters and setvars are rebuilt every time;
 * users no longer in the file are dropped.
 */
public final class ManagerSettingsLoader {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");
    /** manager.c MAX_VARS. */
    private static final int MAX_CHANNEL_VARS = 128;

    private ManagerSettingsLoader() { }

    /**
     * Loads {@code managerConf} on top of {@code previous} (null on the first load).
     *
     * @param usersConf users.conf, or null when absent
     * @param namedAcls the named ACLs of acl.conf
     */
    public static ManagerSettings load(ConfigFile managerConf, ConfigFile usersConf, NamedAcls namedAcls,
                                       ManagerSettings previous) {
        GeneralSettings before = previous == null ? GeneralSettings.defaults() : previous.general();
        GeneralSettings general = loadGeneral(managerConf, before, previous == null);
        Map<String, UserDraft> users = new LinkedHashMap<>();
        if (previous != null) {
            for (ManagerUser u : previous.users()) {
                users.put(Ascii.toLowerCase(u.name()), UserDraft.from(u));
            }
        }
        if (usersConf != null) {
            loadUsersConf(usersConf, users, general);
        }
        for (Category c : managerConf.categories()) {
            if (c.isTemplate() || Ascii.equalsIgnoreCase(c.name(), "general")) {
                continue;
            }
            UserDraft draft = users.computeIfAbsent(Ascii.toLowerCase(c.name()), k -> UserDraft.fresh(c.name(), general));
            draft.keep = true;
            draft.resetRebuiltParts();
            applyUserSection(c, draft, namedAcls);
        }
        Map<String, ManagerUser> result = new LinkedHashMap<>();
        for (UserDraft d : users.values()) {
            if (d.keep) {
                result.put(Ascii.toLowerCase(d.name), d.build());
            }
        }
        return new ManagerSettings(general, result);
    }

    private static GeneralSettings loadGeneral(ConfigFile conf, GeneralSettings before, boolean first) {
        // reset on every load (manager_set_defaults); the others keep their previous value
        boolean enabled = false;
        boolean webEnabled = first ? false : before.webEnabled();
        boolean allowMultipleLogin = first ? true : before.allowMultipleLogin();
        boolean displayConnects = true;
        boolean timestampEvents = first ? false : before.timestampEvents();
        boolean brokenEventsAction = false;
        boolean debug = false;
        List<String> channelVars = first ? List.of() : before.channelVars();
        String channelVarsText = first ? "" : before.channelVarsText();
        String disabledEvents = first ? "" : before.disabledEvents();
        int httpTimeout = 60;
        int authTimeout = 30;
        int authLimit = 50;
        InetAddress bindHost = anyAddress();
        int port = GeneralSettings.DEFAULT_PORT;
        TlsSettingsParser tls = new TlsSettingsParser();

        Optional<Category> section = conf.categories("general").stream().filter(c -> !c.isTemplate()).findFirst();
        for (Variable v : section.map(Category::variables).orElse(List.of())) {
            String key = Ascii.toLowerCase(v.name());
            String val = v.value();
            if (tls.apply(v.name(), val)) {
                continue;
            }
            switch (key) {
                case "enabled": enabled = AstBool.isTrue(val); break;
                case "webenabled": webEnabled = AstBool.isTrue(val); break;
                case "port": port = parsePort(val, port); break;
                case "bindaddr": bindHost = parseBindAddress(val, bindHost); break;
                case "brokeneventsaction": brokenEventsAction = AstBool.isTrue(val); break;
                case "allowmultiplelogin": allowMultipleLogin = AstBool.isTrue(val); break;
                case "displayconnects": displayConnects = AstBool.isTrue(val); break;
                case "timestampevents": timestampEvents = AstBool.isTrue(val); break;
                case "debug": debug = AstBool.isTrue(val); break;
                case "httptimeout": {
                    int t = CNumbers.atoi(val);
                    httpTimeout = t;
                    break;
                }
                case "authtimeout": {
                    int t = CNumbers.atoi(val);
                    if (t < 1) {
                        log.warn("Invalid authtimeout value '{}', using default value", val);
                    } else {
                        authTimeout = t;
                    }
                    break;
                }
                case "authlimit": {
                    int l = CNumbers.atoi(val);
                    if (l < 1) {
                        log.warn("Invalid authlimit value '{}', using default value", val);
                    } else {
                        authLimit = l;
                    }
                    break;
                }
                case "channelvars":
                    channelVars = splitChannelVars(val);
                    channelVarsText = val;
                    break;
                case "disabledevents": disabledEvents = val; break;
                default:
                    log.info("Invalid keyword <{}> = <{}> in manager.conf [general]", v.name(), val);
            }
        }
        // a value of 0 or less leaves the previous timeout (manager.c: newhttptimeout > 0)
        if (httpTimeout <= 0) {
            httpTimeout = first ? 60 : before.httpTimeout();
        }
        InetSocketAddress plain = new InetSocketAddress(bindHost, port);
        InetSocketAddress tlsAddress = TlsBindAddress.resolve(tls.settings().bindAddress(), bindHost, port);
        return new GeneralSettings(enabled, webEnabled, plain, tls.settings(), tlsAddress, allowMultipleLogin, displayConnects, timestampEvents, brokenEventsAction,
                channelVars, channelVarsText, disabledEvents, debug, httpTimeout, authTimeout, authLimit);
    }

    /** ast_parse_arg PARSE_UINT32 in 1024..65535: strtoul with base 0 over the whole value. */
    private static int parsePort(String val, int current) {
        long p = wholeUnsigned(val);
        if (p < 1024 || p > 65535) {
            log.warn("Invalid port number '{}'", val);
            return current;
        }
        return (int) p;
    }

    /**
     * strtoul(s, &end, 0) that must use every character: blanks and '+' first, then {@code 0x} for
     * hex or a leading 0 for octal; -1 when a '-', a stray character or no digit is found.
     */
    static long wholeUnsigned(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '+') {
            i++;
        }
        int base = 10;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            base = 16;
            i += 2;
        } else if (s.startsWith("0", i)) {
            base = 8;
        }
        if (i >= s.length()) {
            return -1;
        }
        long value = 0;
        for (; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), base);
            if (d < 0 || s.charAt(i) > 'z') {
                return -1;
            }
            value = Math.min(value * base + d, 1L << 33);
        }
        return value;
    }

    private static InetAddress parseBindAddress(String val, InetAddress current) {
        Optional<NumericAddress.HostPort> parsed = NumericAddress.parse(val, NumericAddress.PortPolicy.IGNORE);
        if (parsed.isEmpty()) {
            log.warn("Invalid address '{}' specified, default '{}' will be used", val, NumericAddress.format(current));
            return current;
        }
        return parsed.get().address();
    }

    /**
     * channelvars: split like AST_STANDARD_APP_ARGS into at most 128 names (manager.c
     * load_channelvars): commas inside (), [] or quotes do not split, quotes and backslashes are
     * removed, and nothing is trimmed, so "a, b" names " b".
     */
    static List<String> splitChannelVars(String val) {
        return AppArgs.standard(val, MAX_CHANNEL_VARS).asList();
    }

    private static void loadUsersConf(ConfigFile conf, Map<String, UserDraft> users, GeneralSettings general) {
        Optional<Category> gen = conf.section("general");
        boolean genHasManager = AstBool.isTrue(gen.flatMap(g -> g.value("hasmanager")).orElse(null));
        for (Category c : conf.categories()) {
            if (c.isTemplate() || Ascii.equalsIgnoreCase(c.name(), "general")) {
                continue;
            }
            Optional<String> hasManager = c.value("hasmanager");
            if (!((hasManager.isEmpty() && genHasManager) || AstBool.isTrue(hasManager.orElse(null)))) {
                continue;
            }
            // only a user this load creates is kept: one known from the previous load is updated
            // but then pruned unless manager.conf names it too (manager.c __init_manager)
            UserDraft d = users.computeIfAbsent(Ascii.toLowerCase(c.name()), k -> {
                UserDraft fresh = UserDraft.fresh(c.name(), general);
                fresh.read = -1;   // users.conf users default to all bits
                fresh.write = -1;
                fresh.keep = true;
                return fresh;
            });
            String secret = c.value("secret").or(() -> gen.flatMap(g -> g.value("secret"))).orElse(null);
            if (secret != null && !secret.isEmpty()) {
                d.secret = secret;
            }
            c.value("read").or(() -> gen.flatMap(g -> g.value("read"))).ifPresent(v -> d.read = Permissions.parse(v));
            c.value("write").or(() -> gen.flatMap(g -> g.value("write"))).ifPresent(v -> d.write = Permissions.parse(v));
            c.value("displayconnects").or(() -> gen.flatMap(g -> g.value("displayconnects")))
                    .ifPresent(v -> d.displayConnects = AstBool.isTrue(v));
            c.value("allowmultiplelogin").or(() -> gen.flatMap(g -> g.value("allowmultiplelogin")))
                    .ifPresent(v -> d.allowMultipleLogin = AstBool.isTrue(v));
            c.value("writetimeout").or(() -> gen.flatMap(g -> g.value("writetimeout"))).ifPresent(v -> {
                int t = CNumbers.atoi(v);
                if (t < 100) {
                    log.warn("Invalid writetimeout value '{}' in users.conf", t);
                } else {
                    d.writeTimeout = t;
                }
            });
        }
    }

    private static void applyUserSection(Category c, UserDraft d, NamedAcls namedAcls) {
        UserAcl.Builder acl = UserAcl.builder();
        boolean aclUsed = false;
        for (Variable v : c.variables()) {
            String key = Ascii.toLowerCase(v.name());
            String val = v.value();
            int line = v.location() == null ? 0 : v.location().line();
            switch (key) {
                case "secret":
                    d.secret = val;
                    break;
                case "deny":
                case "permit":
                case "acl":
                    aclUsed = true;
                    try {
                        acl.add(v.name(), val, namedAcls);
                    } catch (AclFormatException e) {
                        log.error("Invalid ACL '{}' for manager user '{}' on line {}. Deleting user", val, d.name, line);
                        d.keep = false;
                    }
                    break;
                case "read": d.read = Permissions.parse(val); break;
                case "write": d.write = Permissions.parse(val); break;
                case "displayconnects": d.displayConnects = AstBool.isTrue(val); break;
                case "allowmultiplelogin": d.allowMultipleLogin = AstBool.isTrue(val); break;
                case "writetimeout": {
                    int t = CNumbers.atoi(val);
                    if (t < 100) {
                        log.warn("Invalid writetimeout value '{}' at line {}", val, line);
                    } else {
                        d.writeTimeout = t;
                    }
                    break;
                }
                case "setvar":
                    addSetvar(d, val);
                    break;
                default:
                    if (EventFilterParser.isFilterKey(v.name())) {
                        addFilter(d, v.name(), val, line);
                    } else {
                        log.trace("{} is an unknown option.", v.name());
                    }
            }
        }
        d.acl = aclUsed ? acl.build() : UserAcl.none();
    }

    /** A bad eventfilter line is only logged and skipped (spec 01 §4.1). */
    private static void addFilter(UserDraft d, String key, String value, int line) {
        FilterParseResult result = EventFilterParser.parse(key, value);
        if (result instanceof FilterParseResult.Accepted accepted) {
            d.filters = d.filters.with(accepted.filter());
        } else if (result instanceof FilterParseResult.Rejected rejected) {
            log.warn("{} (manager.conf user '{}', line {})", rejected.warning(), d.name, line);
        }
    }

    /** setvar: "NAME=value" copied into a 256-byte buffer, split at the first '='; newest first. */
    private static void addSetvar(UserDraft d, String raw) {
        String text = raw.length() > 255 ? raw.substring(0, 255) : raw;
        int eq = text.indexOf('=');
        if (eq < 0) {
            return;
        }
        d.setvars.add(0, Map.entry(text.substring(0, eq), text.substring(eq + 1)));
    }

    private static InetAddress anyAddress() {
        return new InetSocketAddress("::", 0).getAddress();
    }

    /** A user being built; starts from the previous load's values (removed keys keep them). */
    private static final class UserDraft {
        final String name;
        String secret;
        int read;
        int write;
        UserAcl acl = UserAcl.none();
        boolean displayConnects;
        boolean allowMultipleLogin;
        int writeTimeout = 100;
        List<Map.Entry<String, String>> setvars = new ArrayList<>();
        FilterSet filters = FilterSet.EMPTY;
        boolean keep;

        private UserDraft(String name) {
            this.name = name;
        }

        static UserDraft fresh(String name, GeneralSettings general) {
            UserDraft d = new UserDraft(name);
            d.displayConnects = general.displayConnects();
            d.allowMultipleLogin = general.allowMultipleLogin();
            return d;
        }

        static UserDraft from(ManagerUser u) {
            UserDraft d = new UserDraft(u.name());
            d.secret = u.secret();
            d.read = u.readPerm();
            d.write = u.writePerm();
            d.acl = u.acl();
            d.displayConnects = u.displayConnects();
            d.allowMultipleLogin = u.allowMultipleLogin();
            d.writeTimeout = u.writeTimeoutMs();
            d.setvars = new ArrayList<>(u.setvars());
            d.filters = u.filters();
            return d;
        }

        void resetRebuiltParts() {
            acl = UserAcl.none();
            setvars = new ArrayList<>();
            filters = FilterSet.EMPTY;
        }

        ManagerUser build() {
            return new ManagerUser(name, secret, read, write, acl, displayConnects, allowMultipleLogin,
                    writeTimeout, setvars, filters);
        }
    }
}
