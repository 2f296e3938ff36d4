package org.switchboard.pbx.chanfunc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.stack.HangupHandlers;

/**
 * CHANNEL(item) (funcs/func_channel.c): reads the channel's name, uniqueid, linkedid, state,
 * language, accountcode, peeraccount, context, exten, hangupsource, channeltype, musicclass,
 * parkinglot, userfield, groups, amaflags, formats, ... and writes the writable ones. Writing
 * language, accountcode (NewAccountCode) or peeraccount publishes the snapshot when it changed;
 * hangup_handler_push/pop/wipe manage the hangup handlers. Items a technology owns go to its
 * {@link org.switchboard.pbx.channel.ChannelDriver#readChannelItem}; anything else is "Unknown
 * or unavailable item requested" and fails.
 *
 * <p>Limits: {@code lastexten}/{@code lastcontext} and {@code callid} read as "", {@code onhold}
 * as 0; {@code tonezone} accepts any country code; option items (tdd, rxgain, ...) are accepted
 * and ignored, as a technology without options does.
 */
public final class ChannelFunction {
    private static final Logger LOG = LoggerFactory.getLogger("org.switchboard.pbx");
    private static final String[] TRANSFER_CAPABILITIES = {
        "SPEECH", "UNK", "UNK", "UNK", "UNK", "UNK", "UNK", "UNK",
        "DIGITAL", "RESTRICTED_DIGITAL", "UNK", "UNK", "UNK", "UNK", "UNK", "UNK",
        "3K1AUDIO", "DIGITAL_W_TONES", "UNK", "UNK", "UNK", "UNK", "UNK", "UNK",
        "VIDEO", "UNK", "UNK", "UNK", "UNK", "UNK", "UNK", "UNK"};

    private ChannelFunction() { }

    public static DialplanFunction function() {
        return DialplanFunction.readWrite("CHANNEL", ChannelFunction::read, ChannelFunction::write);
    }

    private static String read(EvalContext ctx, String function, String item) {
        SimChannel c = PartyFunctions.channel(ctx);
        if (c == null) {
            LOG.warn("No channel was provided to {} function.", function);
            return null;
        }
        ChannelProperties p = c.attachment(ChannelProperties.class);
        if (p == null) {
            p = new ChannelProperties();
        }
        String v = readItem(c, p, item.toLowerCase(Locale.ROOT));
        if (v != null) {
            return v;
        }
        String tech = c.driver().readChannelItem(c, item);
        if (tech != null) {
            return tech;
        }
        LOG.warn("Unknown or unavailable item requested: '{}'", item);
        return null;
    }

    private static String readItem(SimChannel c, ChannelProperties p, String item) {
        List<String> formats = c.nativeFormats();
        switch (item) {
            case "audionativeformat": return formats.isEmpty() ? "(nothing)" : "(" + String.join("|", formats) + ")";
            case "videonativeformat": return "(nothing)";
            case "audioreadformat":
            case "audiowriteformat": return formats.isEmpty() ? "(nothing)" : formats.get(0);
            case "tonezone": return p.toneZone;
            case "adsicpe": return p.adsiCpe;
            case "dtmf_features": return p.dtmfFeatures == null ? "" : p.dtmfFeatures;
            case "language": return c.language();
            case "musicclass": return p.musicClass;
            case "name":
            case "channame": return c.name();
            case "parkinglot": return p.parkingLot;
            case "state": return c.state().text();
            case "onhold": return "0";
            case "channeltype": return c.tech();
            case "accountcode": return c.accountCode();
            case "checkhangup": return c.checkHangup() ? "1" : "0";
            case "peeraccount": return c.peerAccount();
            case "hangupsource": return c.hangupSource();
            case "appname": return c.application().isEmpty() ? null : c.application();
            case "appdata": return c.application().isEmpty() ? null : c.applicationData();
            case "exten": return c.exten();
            case "context": return c.context();
            case "lastexten":
            case "lastcontext": return "";
            case "userfield": return p.userField;
            case "linkedid": return c.linkedId().isEmpty() ? c.uniqueId() : c.linkedId();
            case "peer": return peer(c);
            case "uniqueid": return c.uniqueId();
            case "transfercapability": return TRANSFER_CAPABILITIES[p.transferCapability & 0x1f];
            case "callgroup": return printGroup(p.callGroup);
            case "pickupgroup": return printGroup(p.pickupGroup);
            case "namedcallgroup": return String.join(", ", p.namedCallGroups);
            case "namedpickupgroup": return String.join(", ", p.namedPickupGroups);
            case "after_bridge_goto": return p.afterBridgeGoto;
            case "amaflags": return Integer.toString(p.amaFlags);
            case "secure_bridge_signaling": return p.secureSignaling ? "1" : "";
            case "secure_bridge_media": return p.secureMedia ? "1" : "";
            case "max_forwards": return Integer.toString(p.maxForwards);
            case "callid": return "";
            case "device_name": return c.deviceName();
            case "tenantid": return p.tenantId;
            default: return null;
        }
    }

    /** ast_channel_bridge_peer: the other channel of a two-party bridge, else "". */
    private static String peer(SimChannel c) {
        if (c.bridgeId().isEmpty()) {
            return "";
        }
        SimChannel other = null;
        int members = 0;
        for (SimChannel o : c.host().channels().all()) {
            if (o.bridgeId().equals(c.bridgeId())) {
                members++;
                if (o != c) {
                    other = o;
                }
            }
        }
        return members == 2 && other != null ? other.name() : "";
    }

    private static boolean write(EvalContext ctx, String function, String item, String rawValue) {
        SimChannel c = PartyFunctions.channel(ctx);
        if (c == null) {
            LOG.warn("No channel was provided to {} function.", function);
            return false;
        }
        String value = rawValue == null ? "" : rawValue;
        ChannelProperties p = ChannelProperties.of(c);
        switch (item.toLowerCase(Locale.ROOT)) {
            case "language":
                if (!value.equals(c.language())) {
                    c.setLanguage(value);
                    c.publishSnapshot();
                }
                return true;
            case "parkinglot": p.parkingLot = value; return true;
            case "musicclass": p.musicClass = value; return true;
            case "accountcode":
                if (!value.equals(c.accountCode())) {
                    c.setAccountCode(value);
                    c.publishSnapshot();
                }
                return true;
            case "userfield": p.userField = value; return true;
            case "after_bridge_goto":
                p.afterBridgeGoto = value.isEmpty() ? "" : value;
                return true;
            case "amaflags":
                if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
                    CScan.IntScan n = CScan.scanDecimal(value, 0, 30);
                    p.amaFlags = n == null ? 0 : n.value();
                } else {
                    p.amaFlags = amaFlag(value);
                }
                return true;
            case "peeraccount":
                if (!value.equals(c.peerAccount())) {
                    c.setPeerAccount(value);
                    c.publishSnapshot();
                }
                return true;
            case "hangupsource":
                // ast_set_hangupsource without force: only a channel without one takes it
                if (c.hangupSource().isEmpty()) {
                    c.setHangupSource(value);
                }
                return true;
            case "tonezone": p.toneZone = value; return true;
            case "adsicpe":
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "unknown": case "available": case "unavailable": case "offhookonly":
                        p.adsiCpe = value.toLowerCase(Locale.ROOT);
                        return true;
                    default:
                        LOG.error("Unknown ADSI availability '{}'", value);
                        return false;
                }
            case "dtmf_features": p.dtmfFeatures = value; return true;
            case "callgroup": p.callGroup = group(value); return true;
            case "pickupgroup": p.pickupGroup = group(value); return true;
            case "namedcallgroup": p.namedCallGroups = namedGroups(value); return true;
            case "namedpickupgroup": p.namedPickupGroups = namedGroups(value); return true;
            case "tdd": case "relaxdtmf": case "txgain": case "rxgain": case "digitdetect": case "faxdetect":
                return true;
            case "transfercapability":
                for (int i = 0; i < TRANSFER_CAPABILITIES.length; i++) {
                    if (TRANSFER_CAPABILITIES[i].equalsIgnoreCase(value) && !value.equals("UNK")) {
                        p.transferCapability = i;
                        break;
                    }
                }
                return true;
            case "hangup_handler_pop":
                HangupHandlers.pop(c);
                HangupHandlers.push(c, value);
                return true;
            case "hangup_handler_push":
                HangupHandlers.push(c, value);
                return true;
            case "hangup_handler_wipe":
                while (HangupHandlers.pop(c)) {
                    // every handler goes before the new one is pushed
                }
                HangupHandlers.push(c, value);
                return true;
            case "secure_bridge_signaling": p.secureSignaling = CStrings.isTrue(value); return true;
            case "secure_bridge_media": p.secureMedia = CStrings.isTrue(value); return true;
            case "max_forwards": {
                CScan.IntScan n = CScan.scanDecimal(value, 0, Integer.MAX_VALUE);
                if (n == null) {
                    LOG.warn("Unable to set max forwards to '{}'", value);
                    return false;
                }
                p.maxForwards = n.value();
                return true;
            }
            case "tenantid": p.tenantId = value; return true;
            default:
                if (c.driver().writeChannelItem(c, item, value)) {
                    return true;
                }
                LOG.warn("Unknown or unavailable item requested: '{}'", item);
                return false;
        }
    }

    /** ast_channel_string2amaflag. */
    private static int amaFlag(String flag) {
        switch (flag.toLowerCase(Locale.ROOT)) {
            case "default": return ChannelProperties.DEFAULT_AMA_FLAGS;
            case "omit": return 1;
            case "billing": return 2;
            case "documentation": return 3;
            default: return 0;
        }
    }

    /** ast_print_group: the group numbers, ", " between them. */
    static String printGroup(long group) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= 63; i++) {
            if ((group & (1L << i)) != 0) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(i);
            }
        }
        return b.toString();
    }

    /** ast_get_group: numbers and ranges separated by commas, 0 to 63. */
    static long group(String s) {
        long group = 0;
        if (s.isEmpty()) {
            return 0;
        }
        for (String piece : s.split(",", -1)) {
            CScan.IntScan start = CScan.scanDecimal(piece, 0, 30);
            if (start == null) {
                LOG.error("Syntax error parsing group configuration '{}' at '{}'. Ignoring.", s, piece);
                continue;
            }
            int finish = start.value();
            if (start.end() < piece.length() && piece.charAt(start.end()) == '-') {
                CScan.IntScan end = CScan.scanDecimal(piece, start.end() + 1, 30);
                if (end != null) {
                    finish = end.value();
                }
            }
            for (int x = start.value(); x <= finish; x++) {
                if (x > 63 || x < 0) {
                    LOG.warn("Ignoring invalid group {} (maximum group is 63)", x);
                } else {
                    group |= 1L << x;
                }
            }
        }
        return group;
    }

    /** ast_get_namedgroups: names separated by commas, blanks trimmed, each once. */
    private static Set<String> namedGroups(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String piece : s.split(",")) {
            String t = piece.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
