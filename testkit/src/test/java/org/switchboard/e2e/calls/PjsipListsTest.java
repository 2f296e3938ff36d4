package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * PJSIPShowEndpoints, PJSIPShowAors and PJSIPShowContacts in res_pjsip's formats, SBEndpointList
 * and SBEndpointSet, and the {@code switchboard endpoint} CLI commands.
 */
class PjsipListsTest {
    @RegisterExtension
    SwitchboardExtension sb = PjsipConfig.server();

    private static List<AmiMessage> list(AmiTestClient a, String action, String completeEvent) {
        int from = a.messageCount();
        a.send("Action: " + action, "ActionID: l1");
        a.awaitMessage(from, m -> m.header("Event").equals(completeEvent), AmiTestClient.DEFAULT_WAIT);
        return a.messagesSince(from);
    }

    @Test
    void showEndpointsListsEachEndpointWithItsContactsAndState() {
        AmiTestClient a = PjsipConfig.login(sb);
        a.request("Action: SBCall", "Endpoint: alice", "Exten: echo", "ActionID: c1");
        PjsipConfig.advance(sb, 20);
        PjsipConfig.awaitLast(a, "Newexten alice Up Echo");
        List<AmiMessage> out = list(a, "PJSIPShowEndpoints", "EndpointListComplete");
        assertThat(out.get(0).headers().lines()).containsExactly("Response: Success", "ActionID: l1",
                "EventList: start", "Message: A listing of Endpoints follows, presented as EndpointList events");
        assertThat(out.get(1).headers().lines()).containsExactly(
                "Event: EndpointList", "ActionID: l1", "ObjectType: endpoint", "ObjectName: alice", "Transport: ",
                "Aor: alice", "Auths: alice", "OutboundAuths: ", "Contacts: alice/sip:alice@127.0.0.1:5060,",
                "DeviceState: In use", "ActiveChannels: 1");
        assertThat(out.get(2).header("ObjectName")).isEqualTo("bob");
        assertThat(out.get(2).header("DeviceState")).isEqualTo("Not in use");
        assertThat(out.get(3).headers().lines()).containsExactly(
                "Event: EndpointList", "ActionID: l1", "ObjectType: endpoint", "ObjectName: carol",
                "Transport: transport-udp", "Aor: carol", "Auths: ", "OutboundAuths: ",
                "Contacts: carol/sip:carol@127.0.0.1:5070,", "DeviceState: Not in use", "ActiveChannels: 0");
        assertThat(out.get(4).headers().lines()).containsExactly("Event: EndpointListComplete", "ActionID: l1",
                "EventList: Complete", "ListItems: 3");
    }

    @Test
    void showAorsAndContactsListSorceryFieldsInAsterisksOrder() {
        AmiTestClient a = PjsipConfig.login(sb);
        List<AmiMessage> aors = list(a, "PJSIPShowAors", "AorListComplete");
        assertThat(aors).hasSize(5);
        // location.c sip_aor_to_ami: sorcery's field container order, "contact" written as Contacts
        assertThat(aors.get(1).headers().lines()).containsExactly("Event: AorList", "ActionID: l1",
                "ObjectType: aor", "ObjectName: alice", "MinimumExpiration: 60", "DefaultExpiration: 3600",
                "QualifyTimeout: 3.000000", "Qualify2xxOnly: false", "Mailboxes: ", "SupportPath: false",
                "RemoveUnavailable: false", "VoicemailExtension: ", "MaxContacts: 1", "AuthenticateQualify: false",
                "Contacts: alice/sip:alice@127.0.0.1:5060", "MaximumExpiration: 7200", "QualifyFrequency: 0",
                "RemoveExisting: false", "OutboundProxy: ");
        assertThat(aors.get(3).header("Contacts")).isEqualTo("carol/sip:carol@127.0.0.1:5070");
        assertThat(aors.get(3).header("MaxContacts")).isEqualTo("0");

        // only registered contacts are sorcery objects: carol's permanent one is not listed
        List<AmiMessage> contacts = list(a, "PJSIPShowContacts", "ContactListComplete");
        assertThat(contacts).hasSize(4);
        List<String> alice = contacts.get(1).headers().lines();
        assertThat(alice.get(3)).matches("ObjectName: alice;@[0-9a-f]{32}");
        assertThat(alice.stream().map(l -> l.substring(0, l.indexOf(':'))).toList()).containsExactly("Event",
                "ActionID", "ObjectType", "ObjectName", "ViaAddr", "QualifyTimeout", "Qualify2xxOnly", "CallId",
                "RegServer", "PruneOnBoot", "Path", "Endpoint", "ViaPort", "AuthenticateQualify", "Uri",
                "QualifyFrequency", "UserAgent", "ExpirationTime", "OutboundProxy", "Status", "RoundtripUsec");
        assertThat(contacts.get(1).header("Uri")).isEqualTo("sip:alice@127.0.0.1:5060");
        assertThat(contacts.get(1).header("Endpoint")).isEqualTo("alice");
        assertThat(contacts.get(1).header("ViaAddr")).isEqualTo("127.0.0.1");
        assertThat(contacts.get(1).header("ViaPort")).isEqualTo("5060");
        assertThat(contacts.get(1).header("AuthenticateQualify")).isEqualTo("no");
        assertThat(contacts.get(1).header("Status")).isEqualTo("NonQualified");
        assertThat(contacts.get(1).header("RoundtripUsec")).isEqualTo("N/A");
        assertThat(contacts.get(2).header("Endpoint")).isEqualTo("bob");
    }

    @Test
    void endpointSettingsChangeThroughAmiAndCli() {
        AmiTestClient a = PjsipConfig.login(sb);
        AmiMessage set = a.request("Action: SBEndpointSet", "Endpoint: PJSIP/bob", "Mode: reject",
                "reject_code: 480", "ActionID: s1");
        assertThat(set.header("Message")).isEqualTo("Endpoint bob updated");
        assertThat(a.request("Action: SBEndpointSet", "Endpoint: bob", "Mode: sometimes", "Delay: 9",
                "ActionID: s2").header("Message"))
                .isEqualTo("mode must be answer, busy, reject, noanswer, noresponse or offline");
        assertThat(a.request("Action: SBEndpointSet", "Endpoint: nobody", "Delay: 1", "ActionID: s3")
                .header("Message")).isEqualTo("No such endpoint");

        List<AmiMessage> bob = list(a, "SBEndpointList\r\nEndpoint: bob", "SBEndpointListComplete");
        assertThat(bob).hasSize(3);
        assertThat(bob.get(1).headers().lines()).containsExactly("Event: SBEndpoint", "ActionID: l1",
                "Endpoint: bob", "Context: phones", "Reachable: yes", "DeviceState: NOT_INUSE", "ActiveChannels: 0",
                "Mode: reject", "Delay: 2", "Ringing: yes", "RejectCode: 480", "HangupAfter: 0", "Dtmf: ",
                "DtmfDelay: 1", "DtmfDuration: 0.1", "DtmfGap: 0.25", "Contact: ", "UserAgent: Switchboard SimPhone",
                "From: ", "Domain: 127.0.0.1");

        assertThat(cli(a, "switchboard endpoint set carol mode busy delay 0.5")).containsExactly("Endpoint carol updated");
        assertThat(cli(a, "switchboard endpoint show")).containsExactly(
                "Endpoint             Context         Reachable State        Mode        Delay Channels",
                "alice                phones          yes       NOT_INUSE    answer          2        0",
                "bob                  phones          yes       NOT_INUSE    reject          2        0",
                "carol                phones          yes       NOT_INUSE    busy          0.5        0",
                "3 endpoints");
        assertThat(cli(a, "switchboard endpoint reset bob")).containsExactly("Endpoint bob reset");
        assertThat(cli(a, "switchboard endpoint show bob")).contains("mode          : answer", "reject_code   : 603");
        assertThat(cli(a, "switchboard endpoint set bob ringing maybe")).containsExactly("ringing must be yes or no");
        assertThat(cli(a, "switchboard endpoint call alice nowhere"))
                .containsExactly("Extension nowhere not found in context phones (404 Not Found)");
        assertThat(cli(a, "switchboard endpoint call alice echo")).containsExactly(
                "Calling echo from PJSIP/alice-00000000");
        assertThat(cli(a, "switchboard endpoint hangup alice")).containsExactly("Phone on PJSIP/alice-00000000 hung up");
    }

    @Test
    void reloadingResPjsipTakesNewEndpointsAndBehaviours() throws Exception {
        AmiTestClient a = PjsipConfig.login(sb);
        assertThat(cli(a, "module show like pjsip")).anyMatch(l -> l.startsWith("res_pjsip "))
                .anyMatch(l -> l.startsWith("chan_pjsip "));
        Files.writeString(sb.configDir().resolve("pjsip.conf"), PjsipConfig.PJSIP
                + "\n[dave](phone)\naors = dave\n\n[dave]\ntype = aor\nmax_contacts = 1\n");
        Files.writeString(sb.configDir().resolve("switchboard-endpoints.conf"), "[dave]\nmode = busy\n");
        int from = a.messageCount();
        a.request("Action: Reload", "Module: res_pjsip", "ActionID: r1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/dave NOT_INUSE");
        assertThat(PjsipConfig.since(a, from)).containsExactly(
                "R r1 Success Module Reloaded",
                "ContactStatus dave NonQualified",
                "PeerStatus PJSIP/dave Reachable",
                "Reload",
                "DeviceStateChange PJSIP/dave NOT_INUSE");
        List<AmiMessage> dave = list(a, "SBEndpointList\r\nEndpoint: dave", "SBEndpointListComplete");
        assertThat(dave.get(1).header("Mode")).isEqualTo("busy");
        assertThat(dave.get(1).header("Delay")).as("carol's noanswer section is gone, defaults too").isEqualTo("2");
    }

    private static List<String> cli(AmiTestClient a, String command) {
        AmiMessage r = a.request("Action: Command", "Command: " + command, "ActionID: cli");
        return r.headers().lines().stream().filter(l -> l.startsWith("Output: "))
                .map(l -> l.substring("Output: ".length())).toList();
    }
}
