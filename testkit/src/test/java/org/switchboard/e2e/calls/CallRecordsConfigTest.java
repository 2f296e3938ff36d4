package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.calls.CallRecordStreams.received;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * CDR and CEL as the dialplan and the configuration shape them: the CDR() function, cdr_manager's
 * [mappings], CELGenUserEvent and cel_manager's show_user_defined, the status commands, and module
 * reloads of cdr and cel.
 */
class CallRecordsConfigTest {
    private static final String DIALPLAN = "[default]\n"
            + "exten => cdrtest,1,Answer()\n"
            + " same => n,Set(CDR(userfield)=note)\n"
            + " same => n,Set(CDR(foo)=bar)\n"
            + " same => n,Set(X=${CDR(foo)})\n"
            + " same => n,Set(D=${CDR(disposition)})\n"
            + " same => n,Set(A=${CDR(amaflags)})\n"
            + " same => n,Set(CDR(start)=nope)\n"
            + " same => n,CELGenUserEvent(MyEvent,some extra)\n"
            + " same => n,Hangup()\n"
            + "exten => s,1,Answer()\n"
            + " same => n,Echo()\n";

    @RegisterExtension
    final SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"))
            .file("extensions.conf", DIALPLAN)
            .file("cdr_manager.conf", "[general]\nenabled = yes\n\n[mappings]\nfoo => Foo\nstart,u => RawStart\n")
            .virtualClock();

    private AmiTestClient user() {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        return a;
    }

    /** Originates Local/exten@default to Echo and lets the half second of Answer pass. */
    private void call(AmiTestClient a, String exten) {
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/" + exten + "@default", "Application: Echo",
                "ActionID: o-" + exten);
        a.awaitMessage(from, m -> m.header("Event").equals("Newexten") && m.header("Application").equals("Answer"),
                AmiTestClient.DEFAULT_WAIT);
        sb.server().quiesce();
        sb.clock().advance(Duration.ofMillis(500)).join();
    }

    private static List<AmiMessage> awaitCdrs(AmiTestClient a, int from, int count) {
        assertThat(a.awaitUntil(() -> received(a, from, "Cdr").size() >= count, AmiTestClient.DEFAULT_WAIT))
                .as("%d Cdr events", count).isTrue();
        return received(a, from, "Cdr");
    }

    private static String varSet(AmiTestClient a, int from, String name) {
        return a.awaitMessage(from, m -> m.header("Event").equals("VarSet") && m.header("Variable").equals(name),
                AmiTestClient.DEFAULT_WAIT).header("Value");
    }

    @Test
    void theCdrFunctionAndTheManagerMappings() {
        AmiTestClient a = user();
        int from = a.messageCount();
        call(a, "cdrtest");
        List<AmiMessage> cdrs = awaitCdrs(a, from, 2);

        assertThat(varSet(a, from, "X")).isEqualTo("bar");
        // not yet answered as far as the record goes: no disposition set, which reads NO ANSWER
        assertThat(varSet(a, from, "D")).isEqualTo("NO ANSWER");
        assertThat(varSet(a, from, "A")).isEqualTo("DOCUMENTATION");

        AmiMessage two = cdrs.stream().filter(m -> m.header("Channel").endsWith(";2")).findFirst().orElseThrow();
        List<String> lines = two.headers().lines();
        assertThat(lines.subList(lines.size() - 3, lines.size())).satisfiesExactly(
                l -> assertThat(l).isEqualTo("UserField: note"),
                l -> assertThat(l).isEqualTo("Foo: bar"),
                l -> assertThat(l).matches("RawStart: \\d+\\.\\d{6}"));
        assertThat(two.header("LastApplication")).isEqualTo("Hangup");
        assertThat(two.header("Disposition")).isEqualTo("ANSWERED");
        AmiMessage one = cdrs.stream().filter(m -> m.header("Channel").endsWith(";1")).findFirst().orElseThrow();
        assertThat(one.headers().lines()).contains("UserField: ", "Foo: ");
    }

    @Test
    void aUserDefinedCelEventShowsItsOwnName() {
        AmiTestClient a = user();
        int from = a.messageCount();
        call(a, "cdrtest");
        AmiMessage cel = a.awaitMessage(from, m -> m.header("Event").equals("CEL")
                && m.header("EventName").equals("MyEvent"), AmiTestClient.DEFAULT_WAIT);
        assertThat(cel.header("Extra")).isEqualTo("{\"extra\":\"some extra\"}");
        assertThat(cel.headers().lines()).doesNotContain("UserDefType: MyEvent");
        assertThat(cel.header("Application")).isEqualTo("CELGenUserEvent");
    }

    @Test
    void showUserDefinedNamesTheTypeInItsOwnHeader() throws Exception {
        Path cel = sb.configDir().resolve("cel.conf");
        Files.writeString(cel, "[general]\nenable = yes\napps = all\nevents = ALL\n\n[manager]\nenabled = yes\n"
                + "show_user_defined = yes\n", StandardCharsets.ISO_8859_1);
        assertThat(sb.server().executeCli("module reload cel_manager").output())
                .isEqualTo("Module 'cel_manager' reloaded successfully.\n");
        AmiTestClient a = user();
        int from = a.messageCount();
        call(a, "cdrtest");
        AmiMessage event = a.awaitMessage(from, m -> m.header("Event").equals("CEL")
                && m.header("EventName").equals("USER_DEFINED"), AmiTestClient.DEFAULT_WAIT);
        List<String> lines = event.headers().lines();
        assertThat(lines.get(lines.size() - 2)).isEqualTo("UserDefType: MyEvent");
    }

    @Test
    void statusCommandsDescribeTheCapturesConfiguration() {
        assertThat(sb.server().executeCli("cdr show status").output()).isEqualTo("\n"
                + "Call Detail Record (CDR) settings\n"
                + "----------------------------------\n"
                + "  Logging:                    Enabled\n"
                + "  Mode:                       Simple\n"
                + "  Log calls by default:       Yes\n"
                + "  Log unanswered calls:       No\n"
                + "  Log congestion:             No\n\n"
                + "  Ignore bridging changes:    No\n\n"
                + "  Ignore dial state changes:  No\n\n"
                + "  Cancel disposition enabled: No\n\n"
                + "* Registered Backends\n"
                + "  -------------------\n"
                + "    cdr_manager\n"
                + "\n");
        String cel = sb.server().executeCli("cel show status").output();
        assertThat(cel).startsWith("CEL Logging: Enabled\nCEL Tracking Event: ALL\nCEL Tracking Event: CHAN_START\n"
                + "CEL Tracking Event: CHAN_END\nCEL Tracking Event: HANGUP\n");
        assertThat(cel).endsWith("CEL Tracking Event: DTMF\nCEL Tracking Application: all\n"
                + "CEL Event Subscriber: Manager Event Logging\n");
    }

    @Test
    void reloadingCdrAndCelWithLoggingOffStopsTheRecords() throws Exception {
        Path etc = sb.configDir();
        Files.writeString(etc.resolve("cdr.conf"), "[general]\nenable = no\n", StandardCharsets.ISO_8859_1);
        Files.writeString(etc.resolve("cel.conf"), "[general]\nenable = no\n\n[manager]\nenabled = yes\n",
                StandardCharsets.ISO_8859_1);
        AmiTestClient a = sb.login("admin", "admin123");
        assertThat(a.request("Action: Reload", "Module: cdr", "ActionID: r1").header("Response")).isEqualTo("Success");
        assertThat(a.request("Action: Reload", "Module: cel", "ActionID: r2").header("Response")).isEqualTo("Success");
        assertThat(a.request("Action: CoreSettings", "ActionID: s1").header("CoreCDRenabled")).isEqualTo("No");
        assertThat(sb.server().executeCli("cel show status").output()).isEqualTo("CEL Logging: Disabled\n");

        int from = a.messageCount();
        call(a, "s");
        a.request("Action: Hangup", "Channel: /^Local\\/s@default-.*;1$/", "ActionID: h1");
        a.awaitMessage(from, m -> m.header("Event").equals("Hangup") && m.header("Channel").endsWith(";2"),
                AmiTestClient.DEFAULT_WAIT);
        a.request("Action: Ping", "ActionID: sync");
        assertThat(received(a, from, "CEL")).isEmpty();
        assertThat(received(a, from, "Cdr")).isEmpty();
    }
}
