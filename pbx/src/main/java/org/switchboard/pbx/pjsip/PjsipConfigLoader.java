package org.switchboard.pbx.pjsip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.AstBool;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;
import org.switchboard.pbx.channel.CallerIdParser;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.dialplan.pattern.ExtensionNames;

/**
 * Reads the endpoints and AORs of pjsip.conf as res_sorcery_config does: each non-template section
 * is an object of the type its first {@code type} line names; its lines are applied in order (a
 * repeated single-valued option keeps the last value; {@code allow}, {@code disallow},
 * {@code set_var} and {@code contact} accumulate). Options the simulation does not use are ignored
 * rather than refused.
 */
public final class PjsipConfigLoader {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.pjsip");

    private PjsipConfigLoader() { }

    public static PjsipConfig load(ConfigFile file) {
        Map<String, EndpointConfig> endpoints = new LinkedHashMap<>();
        Map<String, AorConfig> aors = new LinkedHashMap<>();
        for (Category c : file.categories()) {
            if (c.isTemplate()) {
                continue;
            }
            String type = c.value("type").orElse("").strip().toLowerCase(Locale.ROOT);
            switch (type) {
                case "endpoint":
                    endpoints.put(c.name(), endpoint(c));
                    break;
                case "aor":
                    aors.put(c.name(), aor(c));
                    break;
                case "":
                    if (!c.name().equals("general") && !c.name().equals("global") && !c.name().equals("system")) {
                        log.error("No type defined for '{}' in pjsip.conf, ignoring it", c.name());
                    }
                    break;
                default:
                    break;
            }
        }
        return new PjsipConfig(endpoints, aors);
    }

    private static EndpointConfig endpoint(Category c) {
        String transport = "";
        String aors = "";
        List<String> auths = List.of();
        List<String> outboundAuths = List.of();
        String context = "default";
        Party callerId = Party.NONE;
        String mailboxes = "";
        Codecs codecs = new Codecs();
        String accountCode = "";
        String language = "";
        int busyAt = 0;
        String moh = "default";
        List<Map.Entry<String, String>> vars = new ArrayList<>();
        for (Variable v : c.variables()) {
            String value = v.value();
            switch (v.name().toLowerCase(Locale.ROOT)) {
                case "transport": transport = value; break;
                case "aors": aors = value; break;
                case "auth": auths = names(value); break;
                case "outbound_auth": outboundAuths = names(value); break;
                case "context": context = value; break;
                case "callerid": callerId = callerId(value); break;
                case "mailboxes": mailboxes = value; break;
                case "allow": codecs.apply(value, true); break;
                case "disallow": codecs.apply(value, false); break;
                case "accountcode": accountCode = value; break;
                case "language": language = value; break;
                case "device_state_busy_at": busyAt = unsigned(c, v, busyAt); break;
                case "moh_suggest": moh = value; break;
                case "set_var": setVar(vars, value); break;
                default: break;
            }
        }
        return new EndpointConfig(c.name(), transport, aors, auths, outboundAuths, context, callerId, mailboxes,
                codecs.formats(), accountCode, language, busyAt, moh, vars);
    }

    private static AorConfig aor(Category c) {
        List<String> contacts = new ArrayList<>();
        int maxContacts = 0;
        int qualifyFrequency = 0;
        double qualifyTimeout = 3.0;
        int minimum = 60;
        int maximum = 7200;
        int defaultExpiration = 3600;
        boolean authenticateQualify = false;
        boolean removeExisting = false;
        boolean removeUnavailable = false;
        boolean qualify2xxOnly = false;
        String mailboxes = "";
        String voicemailExtension = "";
        String outboundProxy = "";
        boolean supportPath = false;
        for (Variable v : c.variables()) {
            String value = v.value();
            switch (v.name().toLowerCase(Locale.ROOT)) {
                case "contact": addContacts(c, contacts, value); break;
                case "max_contacts": maxContacts = unsigned(c, v, maxContacts); break;
                case "qualify_frequency": qualifyFrequency = Math.min(unsigned(c, v, qualifyFrequency), 86400); break;
                case "qualify_timeout": qualifyTimeout = decimal(c, v, qualifyTimeout); break;
                case "minimum_expiration": minimum = unsigned(c, v, minimum); break;
                case "maximum_expiration": maximum = unsigned(c, v, maximum); break;
                case "default_expiration": defaultExpiration = unsigned(c, v, defaultExpiration); break;
                case "authenticate_qualify": authenticateQualify = AstBool.isTrue(value); break;
                case "remove_existing": removeExisting = AstBool.isTrue(value); break;
                case "remove_unavailable": removeUnavailable = AstBool.isTrue(value); break;
                case "qualify_2xx_only": qualify2xxOnly = AstBool.isTrue(value); break;
                case "mailboxes": mailboxes = value; break;
                case "voicemail_extension": voicemailExtension = value; break;
                case "outbound_proxy": outboundProxy = value; break;
                case "support_path": supportPath = AstBool.isTrue(value); break;
                default: break;
            }
        }
        // location.c keeps permanent contacts sorted by their object id, "<aor>@@<md5 of uri>"
        contacts.sort((a, b) -> Contact.permanentId(c.name(), a).compareTo(Contact.permanentId(c.name(), b)));
        return new AorConfig(c.name(), contacts, maxContacts, qualifyFrequency, qualifyTimeout, minimum, maximum,
                defaultExpiration, authenticateQualify, removeExisting, removeUnavailable, qualify2xxOnly, mailboxes,
                voicemailExtension, outboundProxy, supportPath);
    }

    /** location.c permanent_uri_handler: comma-separated SIP URIs; duplicates are dropped. */
    private static void addContacts(Category c, List<String> contacts, String value) {
        for (String part : value.split(",")) {
            String uri = part.strip();
            if (uri.isEmpty()) {
                continue;
            }
            String lower = uri.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("sip:") && !lower.startsWith("sips:")) {
                log.error("Contact uri or hostname length exceeds pjproject limit or is not a sip(s) uri: {}", uri);
                continue;
            }
            if (!contacts.contains(uri)) {
                contacts.add(uri);
            }
        }
    }

    /** pjsip_configuration.c caller_id_handler: name and number each set only when not empty. */
    static Party callerId(String value) {
        CallerIdParser.CallerId id = CallerIdParser.parse(value);
        String name = id.name() == null || id.name().isEmpty() ? null : id.name();
        String number = id.number() == null ? null : ExtensionNames.shrinkPhoneNumber(id.number());
        if (number != null && number.isEmpty()) {
            number = null;
        }
        return Party.of(number, name);
    }

    private static void setVar(List<Map.Entry<String, String>> vars, String value) {
        int eq = value.indexOf('=');
        if (eq <= 0) {
            return;
        }
        vars.add(Map.entry(value.substring(0, eq).strip(), value.substring(eq + 1).strip()));
    }

    private static List<String> names(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.strip().isEmpty()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static int unsigned(Category c, Variable v, int previous) {
        try {
            return Math.max(0, Integer.parseInt(v.value().strip()));
        } catch (NumberFormatException e) {
            log.error("Error parsing {}={} at line {} of pjsip.conf ([{}]): keeping {}", v.name(), v.value(),
                    v.location() == null ? "?" : v.location().line(), c.name(), previous);
            return previous;
        }
    }

    private static double decimal(Category c, Variable v, double previous) {
        try {
            return Double.parseDouble(v.value().strip());
        } catch (NumberFormatException e) {
            log.error("Error parsing {}={} in [{}] of pjsip.conf: keeping {}", v.name(), v.value(), c.name(), previous);
            return previous;
        }
    }
}
