package org.switchboard.pbx.pjsip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.switchboard.pbx.channel.Party;

/**
 * One {@code type=endpoint} section of pjsip.conf, with the options the simulation uses
 * (res_pjsip/pjsip_configuration.c field registrations and their defaults).
 *
 * @param aors              the {@code aors} option as written (EndpointList prints it so)
 * @param callerId          {@code callerid}, {@link Party#NONE} when unset
 * @param formats           the codecs from {@code allow}/{@code disallow}, in order
 * @param channelVariables  {@code set_var} lines, in order
 */
public record EndpointConfig(String name, String transport, String aors, List<String> auths,
                             List<String> outboundAuths, String context, Party callerId, String mailboxes,
                             List<String> formats, String accountCode, String language, int deviceStateBusyAt,
                             String mohSuggest, List<Map.Entry<String, String>> channelVariables) {

    public EndpointConfig {
        auths = List.copyOf(auths);
        outboundAuths = List.copyOf(outboundAuths);
        formats = List.copyOf(formats);
        channelVariables = List.copyOf(channelVariables);
    }

    /** The AOR names of {@code aors}, split at commas (location.c ast_sip_for_each_aor). */
    public List<String> aorNames() {
        List<String> out = new ArrayList<>();
        for (String part : aors.split(",")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }
}
