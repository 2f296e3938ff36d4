package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.cli.CliOutcome;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The channel and dialplan CLI commands (cli.c handle_chanlist, handle_showchan, handle_softhangup;
 * res_clioriginate.c; pbx.c / pbx_config.c dialplan show and reload; pbx_app.c, pbx_functions.c)
 * and the small channel actions (SendText, MuteAudio, PlayDTMF errors) on a live call.
 */
class ChannelCliTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallCapture.CAPTURES.resolve("etc"))
            .virtualClock();

    private static String cli(String line) {
        return sb.server().executeCli(line).output();
    }

    /** Starts Local/setfoo@default to Echo through the CLI and waits for ;2 to reach Echo; returns ;2. */
    private static String call(AmiTestClient a) {
        int from = a.messageCount();
        assertThat(cli("channel originate Local/setfoo@default application Echo")).isEmpty();
        a.awaitMessage(from, m -> "Answer".equals(m.header("Application")), AmiTestClient.DEFAULT_WAIT);
        sb.clock().advance(Duration.ofMillis(500)).join();
        return a.awaitMessage(from, m -> "Echo".equals(m.header("Application")) && m.header("Channel").endsWith(";2"),
                AmiTestClient.DEFAULT_WAIT).header("Channel");
    }

    @Test
    void coreShowChannelsInItsFourForms() {
        AmiTestClient a = sb.login("admin", "admin123");
        String two = call(a);
        String one = two.substring(0, two.length() - 1) + "1";
        String plain = cli("core show channels");
        assertThat(plain.split("\n")).containsExactly(
                String.format("%-64.64s %-32.32s %-7.7s %-30.30s", "Channel", "Location", "State", "Application(Data)"),
                String.format("%-64.64s %-32.32s %-7.7s %-30.30s", two, "setfoo@default:4", "Up", "Echo()"),
                String.format("%-64.64s %-32.32s %-7.7s %-30.30s", one, "setfoo@default:1", "Up", "Echo()"),
                "2 active channels", "1 active call", plain.split("\n")[5]);
        assertThat(plain).containsPattern("\n\\d+ calls? processed\n$");
        String concise = cli("core show channels concise");
        assertThat(concise).startsWith(two + "!default!setfoo!4!Up!Echo!!!!!3!0!!");
        assertThat(concise.split("\n")).hasSize(2);
        assertThat(cli("core show channels verbose").split("\n")[1]).startsWith(
                String.format("%-80.80s %-24.24s %-24.24s %4d %-7.7s %-12.12s %-25.25s %-15.15s %8.8s", two, "default",
                        "setfoo", 4, "Up", "Echo", "(Empty)", "", "00:00:00"));
        assertThat(cli("core show channels count")).startsWith("2 active channels\n1 active call\n");
        CliOutcome bad = sb.server().executeCli("core show channels bogus");
        assertThat(bad.success()).isFalse();
        assertThat(bad.output()).startsWith("Usage: core show channels [concise|verbose|count]");

        String detail = cli("core show channel " + two);
        assertThat(detail).startsWith(" -- General --\n           Name: " + two + "\n           Type: Local\n")
                .contains("      Caller ID: (N/A)\n", "          State: Up (6)\n", "  NativeFormats: (slin)\n",
                        "      Bridge ID: (Not bridged)\n", " --   PBX   --\n        Context: default\n",
                        "      Extension: setfoo\n       Priority: 4\n", "    Application: Echo\n",
                        "           Data: (Empty)\n", "      Variables:\nfoo=bar\n")
                .endsWith(" -- Streams --\nName: audio\n    Type: audio\n    State: sendrecv\n    Group: -1\n"
                        + "    Formats: (slin)\n    Metadata:\n");
        assertThat(cli("core show channel nosuch")).isEqualTo("nosuch is not a known channel\n");

        assertThat(cli("channel request hangup nosuch Local/nomatch*")).isEqualTo(
                "nosuch is not a known channel\nLocal/nomatch* did not match a known channel\n");
        assertThat(cli("channel request hangup " + two)).isEqualTo("Requested Hangup on channel '" + two + "'\n");
        a.awaitUntil(() -> a.messages().stream().anyMatch(m -> "Hangup".equals(m.header("Event"))
                && one.equals(m.header("Channel"))), AmiTestClient.DEFAULT_WAIT);
        AmiTestClient b = a;
        b.awaitUntil(() -> cli("core show channels count").startsWith("0 active channels"), AmiTestClient.DEFAULT_WAIT);
    }

    @Test
    void hangupByGlobAndRegex() {
        AmiTestClient a = sb.login("admin", "admin123");
        String two = call(a);
        String one = two.substring(0, two.length() - 1) + "1";
        assertThat(cli("channel request hangup /SETFOO.*;1$/")).isEqualTo("Requested Hangup on channel '" + one + "'\n");
        a.awaitUntil(() -> cli("core show channels count").startsWith("0 active channels"), AmiTestClient.DEFAULT_WAIT);
        call(a);
        assertThat(cli("channel request hangup local/*").split("\n")).hasSize(2)
                .allMatch(l -> l.startsWith("Requested Hangup on channel 'Local/setfoo@default-"));
        a.awaitUntil(() -> cli("core show channels count").startsWith("0 active channels"), AmiTestClient.DEFAULT_WAIT);
    }

    @Test
    void smallChannelActions() {
        AmiTestClient a = sb.login("admin", "admin123");
        String two = call(a);
        assertThat(a.request("Action: SendText", "Channel: " + two, "Message: hi", "ActionID: t1").header("Message"))
                .isEqualTo("Success");
        assertThat(a.request("Action: SendText", "Channel: " + two, "ActionID: t2").header("Message"))
                .isEqualTo("No Message specified");
        assertThat(a.request("Action: SendText", "Channel: nosuch", "Message: hi", "ActionID: t3").header("Message"))
                .isEqualTo("No such channel");
        assertThat(a.request("Action: MuteAudio", "Channel: " + two, "Direction: in", "State: on", "ActionID: m1")
                .headers().lines()).containsExactly("Response: Success", "ActionID: m1");
        assertThat(a.request("Action: MuteAudio", "Channel: " + two, "Direction: up", "State: on", "ActionID: m2")
                .header("Message")).isEqualTo("Failed to mute/unmute stream");
        assertThat(a.request("Action: MuteAudio", "Channel: " + two, "Direction: in", "ActionID: m3")
                .header("Message")).isEqualTo("State not specified");
        assertThat(a.request("Action: PlayDTMF", "Channel: nosuch", "Digit: 1", "ActionID: p1").header("Message"))
                .isEqualTo("Channel not found");
        assertThat(a.request("Action: PlayDTMF", "Channel: " + two, "ActionID: p2").header("Message"))
                .isEqualTo("No digit specified");
        assertThat(a.request("Action: PlayDTMF", "Channel: " + two, "Digit: 1", "Duration: x", "ActionID: p3")
                .header("Message")).isEqualTo("Could not convert Duration parameter");
        cli("channel request hangup all");
        a.awaitUntil(() -> cli("core show channels count").startsWith("0 active channels"), AmiTestClient.DEFAULT_WAIT);
    }

    @Test
    void dialplanAndApplicationCommands() {
        String show = cli("dialplan show dtmf");
        assertThat(show).startsWith("[ Context 'dtmf' created by 'pbx_config' ]\n")
                .endsWith("-= 3 extensions (8 priorities) in 1 context. =-\n");
        assertThat(cli("dialplan show nosuch")).isEqualTo("There is no existence of 'nosuch' context\n"
                + "Command 'dialplan show nosuch' failed.\n");
        assertThat(cli("dialplan reload")).isEqualTo("Dialplan reloaded.\n");
        String apps = cli("core show applications");
        assertThat(apps).startsWith("    -= Registered Asterisk Applications =-\n")
                .contains(String.format("  %20s: %s\n", "Gosub", "Jump to label, saving return address."),
                        String.format("  %20s: %s\n", "BackGround",
                                "Play an audio file while waiting for digits of an extension to go to."));
        assertThat(apps).containsPattern("    -= \\d+ Applications Registered =-\n$");
        assertThat(cli("core show applications like gosub")).isEqualTo("    -= Matching Asterisk Applications =-\n"
                + String.format("  %20s: %s\n", "Gosub", "Jump to label, saving return address.")
                + String.format("  %20s: %s\n", "GosubIf", "Conditionally jump to label, saving return address.")
                + "    -= 2 Applications Matching =-\n");
        assertThat(cli("core show application waitexten")).startsWith(
                "\n  -= Info about Application 'WaitExten' =- \n\n[Synopsis]\nWaits for an extension to be entered.\n");
        assertThat(cli("core show application nosuch")).startsWith("Your application(s) is (are) not registered\n");
        String funcs = cli("core show functions like CALLER");
        assertThat(funcs).isEqualTo("Matching Custom Functions:\n"
                + "--------------------------------------------------------------------------------\n"
                + String.format("%-20.20s  %-35.35s  %s\n", "CALLERID", "CALLERID(datatype[,CID])",
                        "Gets or sets Caller*ID data on the channel.")
                + "1 matching custom functions installed.\n");
        assertThat(cli("core show function TIMEOUT")).contains("[Syntax]\nTIMEOUT(timeouttype)\n");
        assertThat(cli("core show function NOSUCH")).startsWith("No function by that name registered.\n");
    }
}
