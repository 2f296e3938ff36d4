package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Three simulated phones for the PJSIP tests: alice and bob register (max_contacts=1), carol has a
 * permanent contact and never answers. Their dialplan context {@code phones} answers, echoes,
 * waits or refuses.
 */
final class PjsipConfig {
    private PjsipConfig() { }

    static final String MANAGER = """
            [general]
            enabled = yes
            bindaddr = 127.0.0.1

            [admin]
            secret = admin123
            read = all
            write = all
            """;

    static final String PJSIP = """
            [transport-udp]
            type = transport
            protocol = udp
            bind = 0.0.0.0

            [phone](!)
            type = endpoint
            context = phones
            disallow = all
            allow = ulaw,alaw

            [alice](phone)
            aors = alice
            auth = alice
            callerid = "Alice" <6001>
            mailboxes = 6001@default

            [alice]
            type = auth
            auth_type = userpass
            username = alice
            password = alice-secret

            [alice]
            type = aor
            max_contacts = 1

            [bob](phone)
            aors = bob
            callerid = "Bob" <6002>
            allow = !ulaw,g722
            language = fr
            set_var = TEAM=blue

            [bob]
            type = aor
            max_contacts = 1

            [carol](phone)
            aors = carol
            callerid = Carol <6003>
            transport = transport-udp

            [carol]
            type = aor
            contact = sip:carol@127.0.0.1:5070
            """;

    static final String ENDPOINTS = """
            [defaults]
            mode = answer
            delay = 2

            [carol]
            mode = noanswer
            """;

    static final String EXTENSIONS = """
            [phones]
            exten => echo,1,Answer()
             same => n,Echo()
             same => n,Hangup()
            exten => wait,1,Answer()
             same => n,Wait(5)
             same => n,Hangup()
            exten => busy,1,Busy()
            exten => ring,1,Ringing()
             same => n,Wait(10)
             same => n,Hangup()
            """;

    static SwitchboardExtension server() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("manager.conf", MANAGER);
        files.put("pjsip.conf", PJSIP);
        files.put("switchboard-endpoints.conf", ENDPOINTS);
        files.put("extensions.conf", EXTENSIONS);
        return SwitchboardExtension.withFiles(files).virtualClock();
    }

    /** Logs in as admin and waits for the login's own events. */
    static AmiTestClient login(SwitchboardExtension sb) {
        AmiTestClient a = sb.login("admin", "admin123");
        a.awaitEvent("FullyBooted");
        a.awaitEvent("SuccessfulAuth");
        return a;
    }

    /** Lets the core finish what is queued, then moves PBX time on. */
    static void advance(SwitchboardExtension sb, long millis) {
        sb.server().quiesce();
        sb.clock().advance(Duration.ofMillis(millis)).join();
    }

    /** Waits until the last message received is described as {@code description}. */
    static void awaitLast(AmiTestClient a, String description) {
        assertThat(a.awaitUntil(() -> {
            List<AmiMessage> all = a.messages();
            return !all.isEmpty() && describe(all.get(all.size() - 1)).equals(description);
        }, AmiTestClient.DEFAULT_WAIT)).as("last message %s; got %s", description, describeAll(a.messages())).isTrue();
    }

    /** The descriptions of what arrived from {@code from} on. */
    static List<String> since(AmiTestClient a, int from) {
        return describeAll(a.messagesSince(from));
    }

    /**
     * One line per message: responses as {@code R <ActionID> <Message>}, events with the channel
     * shortened to its endpoint name and the headers that matter for the event.
     */
    static String describe(AmiMessage m) {
        if (!m.headers().has("Event")) {
            String message = m.header("Message");
            return "R " + m.actionId() + " " + m.header("Response") + (message.isEmpty() ? "" : " " + message);
        }
        String event = m.header("Event");
        StringBuilder b = new StringBuilder(event);
        String channel = m.header("Channel");
        if (!channel.isEmpty()) {
            b.append(' ').append(shortName(channel));
        }
        String state = m.header("ChannelStateDesc");
        switch (event) {
            case "Newchannel":
                b.append(' ').append(state).append(" <").append(m.header("CallerIDNum")).append('|')
                        .append(m.header("CallerIDName")).append("> ").append(m.header("Exten")).append('@')
                        .append(m.header("Context"));
                break;
            case "Newstate":
                b.append(' ').append(state);
                break;
            case "Newexten":
                b.append(' ').append(state).append(' ').append(m.header("Application"));
                break;
            case "VarSet":
                b.append(' ').append(m.header("Variable")).append('=').append(m.header("Value"));
                break;
            case "DialBegin": case "DialState": case "DialEnd":
                b.append(" to ").append(shortName(m.header("DestChannel")));
                if (!m.header("DialStatus").isEmpty()) {
                    b.append(' ').append(m.header("DialStatus"));
                }
                break;
            case "Hangup": case "HangupRequest": case "SoftHangupRequest":
                b.append(m.headers().has("Cause") ? " cause " + m.header("Cause") : " no cause");
                if (m.headers().has("TechCause")) {
                    b.append(" tech ").append(m.header("TechCause"));
                }
                break;
            case "DeviceStateChange":
                b.append(' ').append(m.header("Device")).append(' ').append(m.header("State"));
                break;
            case "PeerStatus":
                b.append(' ').append(m.header("Peer")).append(' ').append(m.header("PeerStatus"));
                break;
            case "ContactStatus":
                b.append(' ').append(m.header("EndpointName")).append(' ').append(m.header("ContactStatus"));
                break;
            case "DTMFBegin": case "DTMFEnd":
                b.append(' ').append(m.header("Digit")).append(' ').append(m.header("Direction"));
                break;
            case "Hold":
                b.append(' ').append(m.header("MusicClass"));
                break;
            case "OriginateResponse":
                b.append(' ').append(m.header("Response")).append(" reason ").append(m.header("Reason"));
                break;
            default:
                break;
        }
        return b.toString();
    }

    /** {@code PJSIP/alice-00000000} → {@code alice}. */
    static String shortName(String channel) {
        if (!channel.startsWith("PJSIP/")) {
            return channel;
        }
        int dash = channel.lastIndexOf('-');
        return dash < 0 ? channel : channel.substring(6, dash);
    }

    static List<String> describeAll(List<AmiMessage> messages) {
        return messages.stream().map(PjsipConfig::describe).toList();
    }
}
