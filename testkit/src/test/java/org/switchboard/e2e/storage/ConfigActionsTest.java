package org.switchboard.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * GetConfig, GetConfigJSON, ListCategories, CreateConfig and UpdateConfig over a real socket
 * (spec 01 §9.3 and §3.5; manager.c action_getconfig ... action_createconfig, is_restricted_file).
 */
class ConfigActionsTest {
    static final String MANAGER_CONF = """
            [general]
            enabled = yes
            bindaddr = 127.0.0.1

            ; the administrator
            [admin]
            secret = admin123
            read = all
            write = all

            [calls]
            secret = callspw
            read = call
            write = call
            """;

    static final String USERS_CONF = """
            [tpl](!)
            context = from-users
            type = friend

            [alice](tpl)
            secret = a;b\\;c
            callerid => "Alice" <100>
            [bob](tpl)
            type = peer
            """;

    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "asterisk.conf", "[options]\nlive_dangerously = no\n",
            "manager.conf", MANAGER_CONF,
            "sip_users.conf", USERS_CONF,
            "empty.conf", "",
            "bad.conf", "x = 1\n"));

    AmiTestClient admin() {
        return sb.login("admin", "admin123");
    }

    static String text(AmiTestClient c, String id) {
        String all = c.received();
        int start = all.indexOf("Response: ", all.indexOf("ActionID: " + id) - 40);
        int at = all.indexOf("ActionID: " + id + "\r\n");
        int blockStart = all.lastIndexOf("Response: ", at);
        int end = all.indexOf("\r\n\r\n", at);
        return all.substring(Math.max(start, blockStart), end + 4);
    }

    static String request(AmiTestClient c, String id, String... lines) {
        List<String> all = new ArrayList<>(List.of(lines));
        all.add("ActionID: " + id);
        c.request(all.toArray(new String[0]));
        return text(c, id);
    }

    @Test
    void getConfigListsCategoriesTemplatesAndLines() {
        AmiTestClient c = admin();
        assertThat(request(c, "g1", "Action: GetConfig", "Filename: sip_users.conf")).isEqualTo(
                "Response: Success\r\nActionID: g1\r\n"
                        + "Category-000000: alice\r\nTemplates-000000: tpl\r\n"
                        + "Line-000000-000000: context=from-users\r\nLine-000000-000001: type=friend\r\n"
                        + "Line-000000-000002: secret=a\r\nLine-000000-000003: callerid=\"Alice\" <100>\r\n"
                        + "Category-000001: bob\r\nTemplates-000001: tpl\r\n"
                        + "Line-000001-000000: context=from-users\r\nLine-000001-000001: type=friend\r\n"
                        + "Line-000001-000002: type=peer\r\n\r\n");
        assertThat(request(c, "g2", "Action: GetConfig", "Filename: sip_users.conf", "Filter: TEMPLATES=restrict"))
                .isEqualTo("Response: Success\r\nActionID: g2\r\nCategory-000000: tpl\r\nIsTemplate-000000: 1\r\n"
                        + "Line-000000-000000: context=from-users\r\nLine-000000-000001: type=friend\r\n\r\n");
        assertThat(request(c, "g3", "Action: GetConfig", "Filename: sip_users.conf", "Category: BOB", "Filter: type=peer"))
                .startsWith("Response: Success\r\nActionID: g3\r\nCategory-000000: bob\r\n");
        assertThat(request(c, "g4", "Action: GetConfig", "Filename: sip_users.conf", "Category: carol"))
                .isEqualTo("Response: Success\r\nActionID: g4\r\nNo categories found\r\n\r\n");
    }

    @Test
    void getConfigErrors() {
        AmiTestClient c = admin();
        assertThat(c.request("Action: GetConfig", "ActionID: e1").header("Message")).isEqualTo("Filename not specified");
        assertThat(c.request("Action: GetConfig", "Filename: nosuch.conf", "ActionID: e2").header("Message"))
                .isEqualTo("Config file not found");
        assertThat(c.request("Action: GetConfig", "Filename: ../../../../../../etc/hostname", "ActionID: e3")
                .header("Message")).isEqualTo("File requires escalated privileges");
        assertThat(c.request("Action: GetConfig", "Filename: /etc/hostname", "ActionID: e4").header("Message"))
                .isEqualTo("File requires escalated privileges");
        assertThat(c.request("Action: GetConfig", "Filename: bad.conf", "ActionID: e5").header("Message"))
                .isEqualTo("Config file has invalid format");
        assertThat(c.request("Action: GetConfigJSON", "Filename: nosuch.conf", "ActionID: e6").header("Message"))
                .as("GetConfigJSON says escalated privileges for any failure").isEqualTo("File requires escalated privileges");
        AmiTestClient calls = sb.login("calls", "callspw");
        assertThat(calls.request("Action: GetConfig", "Filename: manager.conf", "ActionID: e7").header("Message"))
                .isEqualTo("Permission denied");
    }

    @Test
    void getConfigJsonEscapesOnlyBackslashAndQuote() {
        AmiTestClient c = admin();
        assertThat(request(c, "j1", "Action: GetConfigJSON", "Filename: sip_users.conf", "Filter: TEMPLATES=include"))
                .isEqualTo("Response: Success\r\nActionID: j1\r\nJSON: {"
                        + "\"tpl\":{\"istemplate\":1,\"context\":\"from-users\",\"type\":\"friend\"},"
                        + "\"alice\":{\"templates\":\"tpl\",\"context\":\"from-users\",\"type\":\"friend\","
                        + "\"secret\":\"a\",\"callerid\":\"\\\"Alice\\\" <100>\"},"
                        + "\"bob\":{\"templates\":\"tpl\",\"context\":\"from-users\",\"type\":\"friend\",\"type\":\"peer\"}}"
                        + "\r\n\r\n");
    }

    @Test
    void listCategories() {
        AmiTestClient c = admin();
        assertThat(request(c, "l1", "Action: ListCategories", "Filename: manager.conf"))
                .isEqualTo("Response: Success\r\nActionID: l1\r\nCategory-000000: general\r\nCategory-000001: admin\r\n"
                        + "Category-000002: calls\r\n\r\n");
        assertThat(request(c, "l2", "Action: ListCategories", "Filename: empty.conf"))
                .isEqualTo("Response: Success\r\nActionID: l2\r\nError: no categories found\r\n\r\n");
        assertThat(request(c, "l3", "Action: ListCategories", "Filename: sip_users.conf", "Match: type=peer"))
                .isEqualTo("Response: Success\r\nActionID: l3\r\nCategory-000000: bob\r\n\r\n");
        assertThat(c.request("Action: ListCategories", "Filename: gone.conf", "ActionID: l4").header("Message"))
                .isEqualTo("Config file not found");
    }

    @Test
    void createConfig() {
        AmiTestClient c = admin();
        assertThat(c.request("Action: CreateConfig", "Filename: new.conf", "ActionID: c1").header("Message"))
                .isEqualTo("New configuration file created successfully");
        assertThat(Files.exists(sb.configDir().resolve("new.conf"))).isTrue();
        assertThat(c.request("Action: CreateConfig", "Filename: new.conf", "ActionID: c2").header("Message"))
                .isEqualTo("File exists");
        assertThat(c.request("Action: CreateConfig", "Filename: nodir/x.conf", "ActionID: c3").header("Message"))
                .isEqualTo("No such file or directory");
        assertThat(c.request("Action: CreateConfig", "Filename: ../outside.conf", "ActionID: c4").header("Message"))
                .isEqualTo("File requires escalated privileges");
        assertThat(c.request("Action: CreateConfig", "ActionID: c5").header("Message")).isEqualTo("Filename not specified");
    }

    @Test
    void updateConfigToAFileThatDoesNotExistNeedsCreateConfigFirst() throws Exception {
        AmiTestClient c = admin();
        assertThat(c.request("Action: UpdateConfig", "SrcFilename: manager.conf", "DstFilename: copy.conf",
                "Action-000000: NewCat", "Cat-000000: x", "ActionID: u1").header("Message"))
                .isEqualTo("File requires escalated privileges");
        c.request("Action: CreateConfig", "Filename: copy.conf", "ActionID: u2");
        AmiMessage ok = c.request("Action: UpdateConfig", "SrcFilename: manager.conf", "DstFilename: copy.conf",
                "Action-000000: NewCat", "Cat-000000: x", "ActionID: u3");
        assertThat(text(c, "u3")).isEqualTo("Response: Success\r\nActionID: u3\r\n\r\n");
        assertThat(ok.header("Response")).isEqualTo("Success");
        assertThat(Files.readString(sb.configDir().resolve("copy.conf"))).endsWith(MANAGER_CONF + "[x]\n");
    }

    @Test
    void updateConfigErrorsLeaveTheFileAlone() throws Exception {
        AmiTestClient c = admin();
        Path file = sb.configDir().resolve("sip_users.conf");
        String before = Files.readString(file, StandardCharsets.ISO_8859_1);
        String[][] cases = {
                {"Action-000000: Frobnicate", "Cat-000000: alice", "Unknown action command"},
                {"Action-000000: Update", "Var-000000: secret", "Category not specified"},
                {"Action-000000: Update", "Cat-000000: carol", "Var-000000: x", "Given category does not exist"},
                {"Action-000000: Update", "Cat-000000: alice", "Problem with category, value, or line (if required)"},
                {"Action-000000: Update", "Cat-000000: alice", "Var-000000: nosuch", "Update did not complete successfully"},
                {"Action-000000: Delete", "Cat-000000: alice", "Var-000000: nosuch", "Update did not complete successfully"},
                {"Action-000000: NewCat", "Cat-000000: alice", "Create category did not complete successfully"},
                {"Action-000000: NewCat", "Cat-000000: carol", "Match-000000: nosuch", "Create category did not complete successfully"},
                {"Action-000000: NewCat", "Cat-000000: carol", "Options-000000: inherit=nosuch", "Template category not found"},
                {"Action-000000: Append", "Cat-000000: alice", "Var-000000: a", "Value-000000: 1",
                        "Action-000001: RenameCat", "Cat-000001: bob", "Problem with category, value, or line (if required)"},
        };
        int n = 0;
        for (String[] edit : cases) {
            List<String> lines = new ArrayList<>(List.of("Action: UpdateConfig", "SrcFilename: sip_users.conf",
                    "DstFilename: sip_users.conf"));
            lines.addAll(List.of(edit).subList(0, edit.length - 1));
            lines.add("ActionID: x" + n++);
            assertThat(c.request(lines.toArray(new String[0])).header("Message")).as(edit[0] + " " + edit[edit.length - 2])
                    .isEqualTo(edit[edit.length - 1]);
        }
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).isEqualTo(before);
    }

    @Test
    void updateConfigAppliesEveryVerbAndKeepsTheRest() throws Exception {
        AmiTestClient c = admin();
        AmiMessage r = c.request("Action: UpdateConfig", "SrcFilename: sip_users.conf", "DstFilename: sip_users.conf",
                "Action-000000: Update", "Cat-000000: alice", "Var-000000: secret", "Value-000000: s3cret",
                "Action-000001: Append", "Cat-000001: alice", "Var-000001: host", "Value-000001: >dynamic",
                "Action-000002: Insert", "Cat-000002: bob", "Var-000002: first", "Value-000002: 1", "Line-000002: 0",
                "Action-000003: Delete", "Cat-000003: bob", "Var-000003: type", "Match-000003: peer",
                "Action-000004: NewCat", "Cat-000004: carol", "Options-000004: inherit=tpl",
                "Action-000005: Append", "Cat-000005: carol", "Var-000005: secret", "Value-000005: c",
                "Action-000006: NewCat", "Cat-000006: tpl2", "Options-000006: template", "Match-000006: alice",
                "Action-000007: RenameCat", "Cat-000007: bob", "Value-000007: robert",
                "Action-000008: NewCat", "Cat-000008: gone",
                "Action-000009: DelCat", "Cat-000009: gone",
                // a template is found only through a (quoted, because of its '=') catfilter
                "Action-000010: EmptyCat", "Cat-000010: tpl2", "Options-000010: catfilter=\"TEMPLATES=include\"",
                "Action-000011: DelCat", "Cat-000011: nosuch", "Options-000011: ignoreerror",
                // numbering stops at the first gap: 000013 is never applied
                "Action-000013: DelCat", "Cat-000013: alice",
                "ActionID: all");
        assertThat(r.header("Message")).isEmpty();
        assertThat(r.header("Response")).isEqualTo("Success");
        String written = Files.readString(sb.configDir().resolve("sip_users.conf"), StandardCharsets.ISO_8859_1);
        assertThat(written).startsWith(";!\n;! Automatically generated configuration file\n;! Filename: sip_users.conf (")
                .contains(";! Generator: Manager\n");
        // the blank line belongs to [alice], so [tpl2] goes above it; "a;b\;c" was "a" and a comment
        assertThat(written.substring(written.indexOf(";!\n[") + 3)).isEqualTo("""
                [tpl](!)
                context = from-users
                type = friend
                [tpl2](!)

                [alice](tpl)
                secret = s3cret  ;b\\;c
                callerid => "Alice" <100>
                host => dynamic
                [robert](tpl)
                first = 1
                [carol](tpl)
                secret = c
                """);
    }

    @Test
    void anUpdateConfigSessionAddsAManagerUserWhoCanThenLogIn() throws Exception {
        Path manager = sb.configDir().resolve("manager.conf");
        List<String> before = Files.readAllLines(manager, StandardCharsets.ISO_8859_1);
        AmiTestClient c = admin();
        assertThat(sb.connect().login("newbie", "n3wbie").header("Message")).isEqualTo("Authentication failed");

        int from = c.messageCount();
        AmiMessage r = c.request("Action: UpdateConfig", "SrcFilename: manager.conf", "DstFilename: manager.conf",
                "Reload: manager",
                "Action-000000: NewCat", "Cat-000000: newbie",
                "Action-000001: Append", "Cat-000001: newbie", "Var-000001: secret", "Value-000001: n3wbie",
                "Action-000002: Append", "Cat-000002: newbie", "Var-000002: read", "Value-000002: system",
                "Action-000003: Append", "Cat-000003: newbie", "Var-000003: write", "Value-000003: system",
                "ActionID: add");
        assertThat(r.header("Response")).isEqualTo("Success");
        AmiMessage reload = c.awaitMessage(from, m -> m.header("Event").equals("Reload"), AmiTestClient.DEFAULT_WAIT);
        assertThat(reload.header("Module")).isEqualTo("manager");
        assertThat(reload.header("Status")).isEqualTo("0");

        assertThat(sb.connect().login("newbie", "n3wbie").header("Message")).isEqualTo("Authentication accepted");

        List<String> after = Files.readAllLines(manager, StandardCharsets.ISO_8859_1);
        assertThat(after.subList(0, 6)).allMatch(l -> l.startsWith(";!"));
        assertThat(after.subList(6, after.size())).isEqualTo(concat(before,
                List.of("[newbie]", "secret = n3wbie", "read = system", "write = system")));
    }

    @Test
    void preserveEffectiveContextNoDropsInheritedCopies() throws Exception {
        AmiTestClient c = admin();
        c.request("Action: UpdateConfig", "SrcFilename: sip_users.conf", "DstFilename: sip_users.conf",
                "PreserveEffectiveContext: no",
                "Action-000000: Update", "Cat-000000: tpl", "Var-000000: context", "Value-000000: changed",
                "Options-000000: catfilter=\"TEMPLATES=restrict\"", "ActionID: p1");
        assertThat(c.request("Action: GetConfig", "Filename: sip_users.conf", "Category: alice", "ActionID: p2")
                .header("Line-000000-000000")).isEqualTo("context=changed");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
