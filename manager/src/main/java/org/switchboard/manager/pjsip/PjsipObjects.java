package org.switchboard.manager.pjsip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.pbx.pjsip.AorConfig;
import org.switchboard.pbx.pjsip.Contact;
import org.switchboard.pbx.pjsip.PjsipEndpoints;

/**
 * The sorcery fields of AOR and contact objects in registration order, formatted as sorcery's
 * default handlers format them (res_pjsip/location.c registrations; sorcery.c uint "%u", double
 * "%f", bool "true"/"false", yesno "yes"/"no").
 */
final class PjsipObjects {
    private PjsipObjects() { }

    static List<Map.Entry<String, String>> aorFields(AorConfig aor, PjsipEndpoints endpoints) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("minimum_expiration", Integer.toString(aor.minimumExpiration())));
        f.add(Map.entry("maximum_expiration", Integer.toString(aor.maximumExpiration())));
        f.add(Map.entry("default_expiration", Integer.toString(aor.defaultExpiration())));
        f.add(Map.entry("qualify_frequency", Integer.toString(aor.qualifyFrequency())));
        f.add(Map.entry("qualify_timeout", decimal(aor.qualifyTimeout())));
        f.add(Map.entry("qualify_2xx_only", bool(aor.qualify2xxOnly())));
        f.add(Map.entry("authenticate_qualify", bool(aor.authenticateQualify())));
        f.add(Map.entry("max_contacts", Integer.toString(aor.maxContacts())));
        f.add(Map.entry("remove_existing", bool(aor.removeExisting())));
        f.add(Map.entry("remove_unavailable", bool(aor.removeUnavailable())));
        f.add(Map.entry("contact", String.join(",", contactIds(aor.name(), endpoints))));
        f.add(Map.entry("mailboxes", aor.mailboxes()));
        f.add(Map.entry("voicemail_extension", aor.voicemailExtension()));
        f.add(Map.entry("outbound_proxy", aor.outboundProxy()));
        f.add(Map.entry("support_path", bool(aor.supportPath())));
        return f;
    }

    static List<Map.Entry<String, String>> contactFields(Contact c) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("uri", c.uri()));
        f.add(Map.entry("path", c.path()));
        f.add(Map.entry("expiration_time", Long.toString(c.expirationTime())));
        f.add(Map.entry("qualify_frequency", Integer.toString(c.qualifyFrequency())));
        f.add(Map.entry("qualify_timeout", decimal(c.qualifyTimeout())));
        f.add(Map.entry("qualify_2xx_only", bool(c.qualify2xxOnly())));
        f.add(Map.entry("authenticate_qualify", c.authenticateQualify() ? "yes" : "no"));
        f.add(Map.entry("outbound_proxy", c.outboundProxy()));
        f.add(Map.entry("user_agent", c.userAgent()));
        f.add(Map.entry("endpoint", c.endpoint()));
        f.add(Map.entry("reg_server", c.regServer()));
        f.add(Map.entry("via_addr", c.viaAddr()));
        f.add(Map.entry("via_port", Integer.toString(c.viaPort())));
        f.add(Map.entry("call_id", c.callId()));
        f.add(Map.entry("prune_on_boot", "no"));
        return f;
    }

    /** An AOR's contacts as {@code <aor>/<uri>} (location.c ast_sip_for_each_contact wrappers). */
    static List<String> contactIds(String aor, PjsipEndpoints endpoints) {
        List<String> ids = new ArrayList<>();
        for (Contact c : endpoints.contactsOf(aor)) {
            ids.add(aor + "/" + c.uri());
        }
        return ids;
    }

    /**
     * pjsip_configuration.c ast_sip_get_device_state: the cached state of PJSIP/name, asking the
     * driver when nothing is cached (devicestate.c ast_device_state), as devstate2str prints it.
     */
    static String deviceStateText(DeviceState cached, PjsipEndpoints endpoints, String endpoint) {
        DeviceState s = cached == DeviceState.UNKNOWN ? endpoints.deviceState(endpoint) : cached;
        return s.display();
    }

    private static String decimal(double d) {
        return String.format(Locale.ROOT, "%f", d);
    }

    private static String bool(boolean b) {
        return b ? "true" : "false";
    }
}
