package org.switchboard.pbx.pjsip;

import java.util.List;

/**
 * One {@code type=aor} section of pjsip.conf (res_pjsip/location.c field registrations and their
 * defaults). {@code contacts} are the permanent contact URIs, sorted as Asterisk keeps them.
 */
public record AorConfig(String name, List<String> contacts, int maxContacts, int qualifyFrequency,
                        double qualifyTimeout, int minimumExpiration, int maximumExpiration,
                        int defaultExpiration, boolean authenticateQualify, boolean removeExisting,
                        boolean removeUnavailable, boolean qualify2xxOnly, String mailboxes,
                        String voicemailExtension, String outboundProxy, boolean supportPath) {

    public AorConfig {
        contacts = List.copyOf(contacts);
    }
}
