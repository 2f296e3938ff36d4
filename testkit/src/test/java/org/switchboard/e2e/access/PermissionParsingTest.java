package org.switchboard.e2e.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.e2e.manager.BaseConfig;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * manager.conf read= and write= values parsed the odd way Asterisk parses them (spec 01 §3.2;
 * manager.c get_perm, ast_instring), seen from a client: what the user may run and receive.
 * A non-last comma segment matches every class it is a prefix of (an empty one matches all), the
 * last must be a name exactly, nothing is trimmed and case counts.
 */
class PermissionParsingTest {
    @RegisterExtension
    SwitchboardExtension sb = BaseConfig.withUsers("", """
            [spaceafter]
            secret = pw
            read = user
            write = system, call

            [spacebefore]
            secret = pw
            read = user
            write = system ,call

            [prefix]
            secret = pw
            read = user
            write = a,user

            [capital]
            secret = pw
            read = user
            write = User

            [emptysegment]
            secret = pw
            read = call,,x
            write = user

            [shortsys]
            secret = pw
            read = sys,user
            write = user
            """, Map.of());

    private static String run(AmiTestClient c, String action, String... more) {
        String[] lines = new String[more.length + 2];
        lines[0] = "Action: " + action;
        System.arraycopy(more, 0, lines, 1, more.length);
        lines[lines.length - 1] = "ActionID: " + action;
        AmiMessage r = c.request(lines);
        return r.header("Response") + (r.header("Message").equals("Permission denied") ? " denied" : "");
    }

    @Test
    void aSpaceAfterTheCommaDropsTheNextClass() {
        AmiTestClient c = sb.login("spaceafter", "pw");
        assertThat(run(c, "CoreSettings")).isEqualTo("Success");            // system
        assertThat(run(c, "Getvar", "Variable: EPOCH")).isEqualTo("Error denied");   // call or reporting
    }

    @Test
    void aSpaceBeforeTheCommaDropsThatClass() {
        AmiTestClient c = sb.login("spacebefore", "pw");
        assertThat(run(c, "CoreSettings")).isEqualTo("Error denied");
        assertThat(run(c, "Getvar", "Variable: EPOCH")).isEqualTo("Success");
    }

    @Test
    void anEarlierSegmentMatchesEveryClassItPrefixesAllIncluded() {
        // "a" is a prefix of agent, agi, aoc and all: everything may be run
        AmiTestClient c = sb.login("prefix", "pw");
        assertThat(run(c, "CoreSettings")).isEqualTo("Success");
        assertThat(run(c, "Command", "Command: core show uptime")).isEqualTo("Success");
        assertThat(run(c, "Filter", "Operation: Add", "Filter: x")).isEqualTo("Success");
    }

    @Test
    void classNamesCompareWithCase() {
        AmiTestClient c = sb.login("capital", "pw");
        assertThat(run(c, "UserEvent", "UserEvent: x")).isEqualTo("Error denied");
        assertThat(run(c, "Ping")).isEqualTo("Success");
    }

    @Test
    void anEmptySegmentGrantsEveryReadClass() {
        AmiTestClient watcher = sb.login("emptysegment", "pw");
        // read = call,,x includes system: the login's FullyBooted comes
        assertThat(watcher.awaitEvent("FullyBooted").header("Privilege")).isEqualTo("system,all");
        AmiTestClient sender = sb.login("emptysegment", "pw");
        sender.request("Action: UserEvent", "UserEvent: seen", "ActionID: u");
        assertThat(watcher.awaitEvent("UserEvent").header("UserEvent")).isEqualTo("seen");
    }

    @Test
    void aShortEarlierSegmentGrantsTheClassItStarts() {
        AmiTestClient c = sb.login("shortsys", "pw");
        assertThat(c.awaitEvent("FullyBooted").header("Status")).isEqualTo("Fully Booted");
    }
}
