package org.switchboard.e2e.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Every action the server registers asks for the write classes Asterisk 22.10.1 registers it with
 * (the table in {@code access/asterisk-action-privileges.txt}, taken from every
 * ast_manager_register_xml call). The permission matrix checks that the classes are enforced; this
 * checks that they are Asterisk's. Actions Asterisk does not have are Switchboard's own
 * ({@code SB...}) and must say so by their name.
 */
class ActionPrivilegesTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of("manager.conf",
            "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n"));

    /** Action name (any case) to Asterisk's write classes. */
    private static Map<String, Integer> asterisk() throws IOException {
        Map<String, Integer> table = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (InputStream in = ActionPrivilegesTest.class.getResourceAsStream("/access/asterisk-action-privileges.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split(" ", 2);
                table.put(parts[0], parts.length == 1 ? 0 : Permissions.parse(parts[1]));
            }
        }
        return table;
    }

    private static Stream<ActionHandler> actions() {
        return sb.server().runtime().actions().all().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()));
    }

    @TestFactory
    Stream<DynamicTest> everyAsteriskActionNeedsAsterisksClasses() throws IOException {
        Map<String, Integer> table = asterisk();
        return actions().filter(a -> table.containsKey(a.name())).map(a -> DynamicTest.dynamicTest(a.name(), () ->
                assertThat(Permissions.toPrivilegeString(a.requiredWrite()))
                        .isEqualTo(Permissions.toPrivilegeString(table.get(a.name())))));
    }

    @Test
    void anActionAsteriskDoesNotHaveIsSwitchboardsOwn() throws IOException {
        Map<String, Integer> table = asterisk();
        assertThat(actions().map(ActionHandler::name).filter(n -> !table.containsKey(n)))
                .allMatch(n -> n.startsWith("SB"), "named SB...");
    }

    @Test
    void theTableIsAsterisksWholeList() throws IOException {
        // a cut-off or garbled table would pass the comparison above for the actions it lost
        assertThat(asterisk()).hasSize(154).containsEntry("Login", 0)
                .containsEntry("Originate", Permissions.parse("originate"))
                .containsEntry("PJSIPShowEndpoints", Permissions.parse("system"));
    }
}
