package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** The manager CLI commands (spec 01 §10), run through the Command action as clients do. */
class ManagerCliTest {
    @RegisterExtension
    SwitchboardExtension sb = CaptureConfig.server();

    /** The raw CLI output lines (Output: values with their leading blanks). */
    static List<String> run(AmiTestClient c, String command) {
        AmiMessage r = c.request("Action: Command", "Command: " + command, "ActionID: cli");
        return r.headers().lines().stream().filter(l -> l.startsWith("Output: "))
                .map(l -> l.substring("Output: ".length())).toList();
    }

    @Test
    void showSettings() {
        AmiTestClient c = sb.login("admin", "admin123");
        int port = sb.amiAddress().getPort();
        assertThat(run(c, "manager show settings")).containsExactly(
                "",
                "Global Settings:",
                "----------------",
                "  Manager (AMI):             Yes            ",
                "  Web Manager (AMI/HTTP):    Yes            ",
                "  TCP Bindaddress:           " + String.format("%-15s", "127.0.0.1:15038"),
                "  HTTP Timeout (seconds):    60             ",
                "  TLS Enable:                No             ",
                "  TLS Bindaddress:           Disabled       ",
                "  TLS Certfile:              asterisk.pem   ",
                "  TLS Privatekey:                           ",
                "  TLS Cipher:                               ",
                "  Allow multiple login:      Yes            ",
                "  Display connects:          Yes            ",
                "  Timestamp events:          No             ",
                "  Channel vars:              foo,does_not_exist",
                "  Disabled events:           ",
                "  Debug:                     No             ");
        assertThat(port).isPositive();
    }

    @Test
    void showUsersListsThemInFileOrder() {
        AmiTestClient c = sb.login("admin", "admin123");
        List<String> out = run(c, "manager show users");
        assertThat(out.subList(0, 5)).containsExactly("", "username", "--------", "admin", "limited");
        assertThat(out.get(out.size() - 2)).isEqualTo("-------------------");
        // every non-template section but [general] is a user, test4 (undefined named ACL) too
        assertThat(out.get(out.size() - 1)).isEqualTo("17 manager users configured.");
    }

    @Test
    void showUserWithItsAcl() {
        AmiTestClient c = sb.login("admin", "admin123");
        assertThat(run(c, "manager show user ADMIN")).containsExactly(
                "",
                "          username: admin",
                "            secret: <Set>",
                "               ACL: yes",
                "         read perm: system,call,log,verbose,command,agent,user,config,dtmf,reporting,cdr,dialplan,originate,agi,cc,aoc,test,security,message,all",
                "        write perm: system,call,log,verbose,command,agent,user,config,dtmf,reporting,cdr,dialplan,originate,agi,cc,aoc,test,security,message,all",
                "   displayconnects: yes",
                "allowmultiplelogin: yes",
                "         Variables: ",
                "ACL: (unnamed)",
                "---------------------------------------------",
                "  0:  deny - 0.0.0.0/0.0.0.0",
                "  1: allow - 127.0.0.1/255.255.255.255");
        assertThat(run(c, "manager show user nobody")).containsExactly("There is no manager called nobody");
    }

    @Test
    void showConnectedListsSessionsWithZeroPaddedMasks() {
        AmiTestClient c = sb.login("calls", "callspw");
        AmiTestClient admin = sb.login("admin", "admin123");
        List<String> out = run(admin, "manager show connected");
        assertThat(out.get(0)).isEqualTo("  Username         IP Address                                               "
                + "Start       Elapsed     FileDes   HttpCnt   ReadPerms   WritePerms");
        assertThat(out).anyMatch(l -> l.startsWith("  calls            127.0.0.1 ") && l.endsWith("0000000002  0000000002"));
        assertThat(out.get(out.size() - 1)).isEqualTo("2 users connected.");
        assertThat(c.isClosed()).isFalse();
    }

    @Test
    void kickSessionClosesItByDescriptor() {
        AmiTestClient victim = sb.login("calls", "callspw");
        AmiTestClient admin = sb.login("admin", "admin123");
        String row = run(admin, "manager show connected").stream().filter(l -> l.startsWith("  calls")).findFirst()
                .orElseThrow();
        String fd = row.substring(2 + 15 + 2 + 55 + 2 + 10 + 2 + 10 + 2).trim().split(" +")[0];
        assertThat(run(admin, "manager kick session " + fd))
                .containsExactly("Kicking manager session connected using file descriptor " + fd);
        assertThat(victim.awaitClosed(Duration.ofSeconds(5))).isTrue();
        // CLI_FAILURE: Asterisk's CLI adds its "failed" line (cli.c ast_cli_command_full)
        assertThat(run(admin, "manager kick session 0")).containsExactly("Invalid AMI file descriptor: 0",
                "Command 'manager kick session 0' failed.");
        assertThat(run(admin, "manager kick session 99999"))
                .containsExactly("No manager session found using file descriptor 99999");
    }

    @Test
    void showCommandsHasAsterisksHeader() {
        AmiTestClient c = sb.login("admin", "admin123");
        List<String> out = run(c, "manager show commands");
        // the name column is as wide as the longest action name (manager.c handle_showmancmds)
        int width = out.stream().skip(2).mapToInt(l -> l.substring(2).indexOf(' ')).max().orElseThrow();
        assertThat(out.get(0)).startsWith("  " + String.format("%-" + width + "s", "Action") + "  Synopsis");
        assertThat(out.get(1)).startsWith("  " + String.format("%-" + width + "s", "------") + "  --------");
        assertThat(out).anyMatch(l -> l.startsWith("  " + String.format("%-" + width + "s", "CoreSettings")
                + "  Show PBX core settings (version etc)."));
    }

    @Test
    void showCommandDescribesAnAction() {
        AmiTestClient c = sb.login("admin", "admin123");
        List<String> out = run(c, "manager show command ping");
        assertThat(out).contains("  -= Info about Manager Command 'Ping' =- ", "[Synopsis]", "Keepalive command.",
                "[Privilege]", "<none>");
    }

    @Test
    void setDebugTogglesAndReports() {
        AmiTestClient c = sb.login("admin", "admin123");
        assertThat(run(c, "manager set debug")).containsExactly("manager debug is off");
        run(c, "manager set debug on");
        assertThat(run(c, "manager set debug")).containsExactly("manager debug is on");
        AmiMessage usage = c.request("Action: Command", "Command: manager set debug maybe", "ActionID: u");
        assertThat(usage.header("Response")).isEqualTo("Error");
        assertThat(usage.headers().lines()).anyMatch(l -> l.contains("Usage: manager set debug [on|off]"));
    }

    @Test
    void setDebugAddsAndDropsTheDebugHeadersOfEvents() {
        // manager.c: the CLI sets the very manager_debug that __manager_event_sessions checks
        AmiTestClient admin = sb.login("admin", "admin123");
        AmiTestClient listener = sb.login("evuser", "evpw");
        run(admin, "manager set debug on");
        admin.request("Action: UserEvent", "UserEvent: Debugged", "ActionID: u1");
        AmiMessage on = listener.awaitMessage(0, m -> "Debugged".equals(m.header("UserEvent")), AmiTestClient.DEFAULT_WAIT);
        assertThat(on.headers().line(2)).matches("SequenceNumber: \\d+");
        assertThat(on.headers().lines()).anyMatch(l -> l.startsWith("File: "));
        run(admin, "manager set debug off");
        admin.request("Action: UserEvent", "UserEvent: Plain", "ActionID: u2");
        AmiMessage off = listener.awaitMessage(0, m -> "Plain".equals(m.header("UserEvent")), AmiTestClient.DEFAULT_WAIT);
        assertThat(off.headers().lines()).containsExactly("Event: UserEvent", "Privilege: user,all", "UserEvent: Plain",
                "ActionID: u2");
    }

    @Test
    void helpListsTheManagerCommandsInAsterisksOrderWithItsSummaries() {
        AmiTestClient c = sb.login("admin", "admin123");
        // cli.c keeps entries sorted on their literal prefix; one that only extends an earlier one
        // (show command / show commands, show users / show user) follows it in manager.c's
        // registration order; help1 prints "%-30s -- %s"
        assertThat(run(c, "core show help manager")).containsSubsequence(
                "manager kick session           -- Kick a connected manager interface connection",
                "manager reload                 -- Reload manager configurations",
                "manager set debug [on|off]     -- Show, enable, disable debugging of the manager code",
                "manager show command           -- Show a manager interface command",
                "manager show commands          -- List manager interface commands",
                "manager show connected         -- List connected manager interface users",
                "manager show settings          -- Show manager global settings",
                "manager show users             -- List configured manager users",
                "manager show user              -- Display information on a specific manager user");
    }
}
