package org.switchboard.e2e.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The permission matrix, generated from what the server has registered (spec 01 §2.5, §3.4;
 * manager.c process_message, should_send_event): every action of the ActionRegistry that needs a
 * write class is refused with {@code Permission denied} (and a RequestNotAllowed event) for a user
 * who has none of its classes, and is listed by ListCommands for a user with just one of them;
 * every permission class keeps its events from users who cannot read it. An action or a class
 * added later is covered without touching this test.
 *
 * <p>The users are generated too: after start, manager.conf is rewritten with one user per action
 * mask ({@code lack<mask>}, every write class but the mask's) and two per class
 * ({@code only<class>}, {@code without<class>}), then reloaded.
 */
class PermissionMatrixTest {
    private static final String SECRET = "pw";
    /** The named classes an event or an action can carry (all and none are not classes). */
    private static final List<PermissionClass> CLASSES = Arrays.stream(PermissionClass.values())
            .filter(c -> c != PermissionClass.ALL && c != PermissionClass.NONE).toList();

    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of("manager.conf",
            "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n"));

    @BeforeAll
    static void generateUsers() throws IOException {
        StringBuilder conf = new StringBuilder("[general]\nenabled = yes\nbindaddr = 127.0.0.1\n\n");
        conf.append("[secmon]\nsecret = ").append(SECRET).append("\nread = security\nwrite = system\n\n");
        for (int mask : actionMasks()) {
            user(conf, lacking(mask), "", classList(c -> (c.mask() & mask) == 0));
        }
        for (PermissionClass c : CLASSES) {
            user(conf, "only" + c.label(), c.label(), c.label());
            user(conf, "without" + c.label(), classList(o -> o != c), "");
        }
        Files.writeString(sb.configDir().resolve("manager.conf"), conf, StandardCharsets.ISO_8859_1);
        sb.server().reload("manager");
        // the generated names mean what they say: read= and write= parse as intended
        for (PermissionClass c : CLASSES) {
            assertThat(Permissions.parse(classList(o -> o != c)) & c.mask()).isZero();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyActionIsRefusedToAUserWithoutItsClasses() {
        return actions().map(action -> DynamicTest.dynamicTest(action.name() + " (" + privileges(action) + ")", () -> {
            String user = lacking(action.requiredWrite());
            try (AmiTestClient monitor = sb.login("secmon", SECRET);
                 AmiTestClient c = sb.login(user, SECRET)) {
                monitor.awaitEvent("SuccessfulAuth");
                AmiMessage reply = c.request("Action: " + action.name(), "ActionID: m");
                assertThat(reply.headers().lines()).containsExactly("Response: Error", "ActionID: m",
                        "Message: Permission denied");
                AmiMessage refused = monitor.awaitMessage(0, m -> "RequestNotAllowed".equals(m.header("Event"))
                        && user.equals(m.header("AccountID")), AmiTestClient.DEFAULT_WAIT);
                assertThat(refused.header("RequestType")).isEqualTo("Action: " + action.name());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> listCommandsShowsAnActionExactlyToUsersWithOneOfItsClasses() {
        return actions().map(action -> DynamicTest.dynamicTest(action.name(), () -> {
            assertThat(listed(lacking(action.requiredWrite()))).doesNotContain(action.name());
            for (PermissionClass c : CLASSES) {
                if ((action.requiredWrite() & c.mask()) != 0) {
                    assertThat(listed("only" + c.label())).as("write = %s", c.label()).contains(action.name());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyEventClassIsWithheldFromUsersWhoCannotReadIt() {
        return CLASSES.stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> {
            try (AmiTestClient reader = sb.login("only" + c.label(), SECRET);
                 AmiTestClient blind = sb.login("without" + c.label(), SECRET)) {
                String name = "Matrix" + c.label();
                sb.server().runtime().core().submit(() -> {
                    sb.server().runtime().events().publish(name, c.mask(), "Class: " + c.label() + "\r\n");
                    return null;
                }).join();
                AmiMessage got = reader.awaitMessage(0, m -> name.equals(m.header("Event")), AmiTestClient.DEFAULT_WAIT);
                assertThat(got.header("Privilege")).isEqualTo(c.label() + ",all");
                // the blind session has seen everything published before its Ping answer
                blind.request("Action: Ping", "ActionID: sync");
                assertThat(blind.find(m -> name.equals(m.header("Event")))).isEmpty();
                // an event of two classes needs both: the reader of one class does not get it
                String both = name + "AndSystem";
                int pair = c.mask() | (c == PermissionClass.SYSTEM ? PermissionClass.CALL.mask() : PermissionClass.SYSTEM.mask());
                sb.server().runtime().core().submit(() -> {
                    sb.server().runtime().events().publish(both, pair, "Class: pair\r\n");
                    return null;
                }).join();
                reader.request("Action: Ping", "ActionID: sync2");
                assertThat(reader.find(m -> both.equals(m.header("Event")))).isEmpty();
            }
        }));
    }

    // ---- the matrix's rows, from the registries ----

    private static Stream<ActionHandler> actions() {
        return sb.server().runtime().actions().all().stream().filter(a -> a.requiredWrite() != 0)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()));
    }

    private static TreeSet<Integer> actionMasks() {
        return actions().map(ActionHandler::requiredWrite).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String lacking(int mask) {
        return "lack" + Integer.toHexString(mask);
    }

    private static String privileges(ActionHandler action) {
        return Permissions.toPrivilegeString(action.requiredWrite());
    }

    private static String classList(java.util.function.Predicate<PermissionClass> wanted) {
        return CLASSES.stream().filter(wanted).map(PermissionClass::label).collect(Collectors.joining(","));
    }

    private static void user(StringBuilder conf, String name, String read, String write) {
        conf.append('[').append(name).append("]\nsecret = ").append(SECRET).append('\n');
        if (!read.isEmpty()) {
            conf.append("read = ").append(read).append('\n');
        }
        if (!write.isEmpty()) {
            conf.append("write = ").append(write).append('\n');
        }
        conf.append('\n');
    }

    /** The action names ListCommands shows this user. */
    private static List<String> listed(String user) {
        try (AmiTestClient c = sb.login(user, SECRET)) {
            AmiMessage reply = c.request("Action: ListCommands", "ActionID: lc");
            List<String> names = new ArrayList<>();
            for (String line : reply.headers().lines()) {
                int colon = line.indexOf(':');
                if (line.contains("(Priv: ") && colon > 0) {
                    names.add(line.substring(0, colon));
                }
            }
            return names;
        }
    }
}
