package org.switchboard.e2e.calls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.protocol.AmiMessage;

/**
 * Describes the AMI traffic of a call compactly so that whole event sequences can be compared:
 * channel names are replaced by short aliases, and CEL, Cdr and DeviceStateChange events (owned and
 * tested elsewhere) are left out.
 */
final class CallLog {
    private final Map<String, String> aliases = new LinkedHashMap<>();

    /** {@code prefix} of a channel name (up to the Local sequence) maps to {@code alias}. */
    CallLog alias(String channelPrefix, String alias) {
        aliases.put(channelPrefix, alias);
        return this;
    }

    List<String> describe(List<AmiMessage> messages) {
        List<String> out = new ArrayList<>();
        for (AmiMessage m : messages) {
            String line = describe(m);
            if (line != null) {
                out.add(line);
            }
        }
        return out;
    }

    /** The ActionID of the Pings that {@link CallTests#settle} sends; their responses are left out. */
    static final String SETTLE = "settle";

    private String describe(AmiMessage m) {
        if (SETTLE.equals(m.actionId())) {
            return null;
        }
        String response = m.header("Response");
        if (!response.isEmpty() && m.header("Event").isEmpty()) {
            return "R " + response + " " + m.header("Message");
        }
        String event = m.header("Event");
        switch (event) {
            case "CEL": case "Cdr": case "DeviceStateChange": case "ExtensionStatus":
                return null;
            default:
                break;
        }
        StringBuilder b = new StringBuilder(event);
        String chan = name(m.header("Channel"));
        if (!chan.isEmpty()) {
            b.append(' ').append(chan);
        }
        switch (event) {
            case "Newstate": b.append(' ').append(m.header("ChannelStateDesc")); break;
            case "Newexten": b.append(' ').append(m.header("Exten")).append(' ').append(m.header("Application")); break;
            case "VarSet": b.append(' ').append(m.header("Variable")).append('=').append(name(m.header("Value"))); break;
            case "DialBegin": b.append(" -> ").append(name(m.header("DestChannel"))); break;
            case "DialState": case "DialEnd":
                b.append(" -> ").append(name(m.header("DestChannel"))).append(' ').append(m.header("DialStatus"));
                break;
            case "BridgeEnter": case "BridgeLeave":
                b.append(' ').append(m.header("BridgeNumChannels"));
                if (!m.header("SwapUniqueid").isEmpty()) {
                    b.append(" swap");
                }
                break;
            case "Hangup": case "HangupRequest": case "SoftHangupRequest":
                b.append(" cause ").append(m.header("Cause"));
                break;
            case "LocalBridge": case "LocalOptimizationBegin": case "LocalOptimizationEnd":
                b.append(' ').append(name(m.header("LocalOneChannel")));
                if (event.equals("LocalOptimizationBegin")) {
                    b.append(" source ").append(name(m.header("SourceChannel")));
                }
                if (event.equals("LocalOptimizationEnd")) {
                    b.append(" success ").append(m.header("Success"));
                }
                break;
            case "UserEvent": b.append(' ').append(m.header("UserEvent")); break;
            case "BlindTransfer":
                b.append(' ').append(m.header("Result")).append(' ').append(name(m.header("TransfererChannel")))
                        .append(" -> ").append(m.header("Extension"));
                break;
            case "Hold": case "Unhold": case "NewConnectedLine": case "NewCallerid":
            default:
                break;
        }
        return b.toString();
    }

    private String name(String value) {
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            if (value.startsWith(a.getKey())) {
                return a.getValue() + value.substring(value.indexOf(';') < 0 ? value.length() : value.indexOf(';'));
            }
        }
        return value;
    }
}
