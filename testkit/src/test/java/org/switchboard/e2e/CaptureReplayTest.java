package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.capture.Capture;
import org.switchboard.testkit.capture.CaptureReplay;
import org.switchboard.testkit.capture.FieldRules;
import org.switchboard.testkit.capture.ReplayMode;
import org.switchboard.testkit.capture.ReplayOptions;

/**
 * Replays the captures recorded from a real Asterisk 22.10.1 (captures/README.md) that need no
 * calls, against Switchboard started from the very configuration Asterisk ran. Only the values
 * the README lists as varying (times, ids, ports, challenges) may differ. The same captures also
 * pass the stream comparison that call captures get ({@link ReplayMode#STREAMS}), which is looser
 * in order but maps identifiers one to one.
 */
class CaptureReplayTest {
    static final Path CAPTURES = Path.of("src/test/resources/captures");

    /** State the real Asterisk already had when a capture began (what its setup connection saw). */
    static final Map<String, Runnable> SEEDS = Map.of("K02_db_tree", CaptureReplayTest::seedK02,
            "T05_extension_presence_state", CaptureReplayTest::seedT05);

    private static final Pattern SWITCHBOARD_ONLY = Pattern.compile("SB[A-Z][a-z]+:");

    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CAPTURES.resolve("etc"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "A01_banner_login",
            "A02_failed_login",
            "A03_preauth_gate",
            "A04_md5_challenge",
            "A07_multiplelogin",
            "B01_actionid_echo",
            "B02_pipelining",
            "B03_case_and_errors",
            "B04_latency",
            "L01_userevent",
            "K01_db_put_get",
            "K02_db_tree",
            // T01 and T02 are checked in e2e.state (DeviceStateTest, PresenceStateTest): their events
            // race the replies and T01's list holds devices of modules Switchboard lacks
            "T05_extension_presence_state",
    })
    void replays(String name) throws IOException {
        Runnable seed = SEEDS.get(name);
        if (seed != null) {
            seed.run();
        }
        Capture capture = Capture.read(CAPTURES.resolve(name + ".txt"));
        replay().run(capture);
    }

    /** K02 is left out: its first step lists the AstDB as the capture found it, which only the seed restores. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "A01_banner_login",
            "A02_failed_login",
            "A03_preauth_gate",
            "A04_md5_challenge",
            "A07_multiplelogin",
            "B01_actionid_echo",
            "B03_case_and_errors",
            "B04_latency",
            "L01_userevent",
            "K01_db_put_get",
    })
    void replaysInStreamMode(String name) throws IOException {
        Capture capture = Capture.read(CAPTURES.resolve(name + ".txt"));
        replay().run(capture, ReplayOptions.defaults().withMode(ReplayMode.STREAMS));
    }

    /**
     * The end of a connection counts: L01 without the UserEvent that its last read ends with (the
     * one for ue3) must fail, since Switchboard sends that event before the answer to the replay's
     * closing Ping.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"STRICT", "STREAMS"})
    void anEventMissingFromTheEndOfACaptureIsFound(String mode) throws IOException {
        Capture capture = Capture.read(CAPTURES.resolve("L01_userevent.txt"));
        List<Capture.Step> steps = new ArrayList<>(capture.steps());
        int last = steps.size() - 1;
        while (!(steps.get(last) instanceof Capture.Expect x && x.connection().equals("a"))) {
            last--;
        }
        Capture.Expect e = (Capture.Expect) steps.get(last);
        String ue3 = "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: \r\nActionID: ue3\r\n\r\n";
        assertThat(e.data()).endsWith(ue3);
        steps.set(last, new Capture.Expect("a", e.data().substring(0, e.data().length() - ue3.length()), e.at()));

        assertThatThrownBy(() -> replay().run(Capture.of(capture.name(), steps),
                ReplayOptions.defaults().withMode(ReplayMode.valueOf(mode))))
                .hasMessageContaining("L01_userevent, connection 'a'")
                .hasMessageContaining("ActionID: ue3");
    }

    /**
     * C01 (user {@code calls}: write=call) up to its last request, then that request, ListCommands,
     * compared line for line with the captured list cut down to the actions Switchboard has (those
     * admin's ListCommands shows): same synopses, same Priv lists, same order, nothing extra but
     * Switchboard's own SB* actions.
     */
    @Test
    void writePermissionsAndListCommandsOfC01() throws IOException {
        Capture capture = Capture.read(CAPTURES.resolve("C01_write_permissions.txt"));
        List<Capture.Step> steps = capture.steps();
        int listCommands = IntStream.range(0, steps.size())
                .filter(i -> steps.get(i) instanceof Capture.Send s && s.data().startsWith("Action: ListCommands"))
                .findFirst().orElseThrow();
        replay().run(Capture.of(capture.name(), steps.subList(0, listCommands)));

        String captured = steps.subList(listCommands + 1, steps.size()).stream()
                .map(s -> ((Capture.Expect) s).data()).collect(Collectors.joining());
        try (AmiTestClient admin = AmiTestClient.connect(sb.amiAddress());
                AmiTestClient calls = AmiTestClient.connect(sb.amiAddress())) {
            admin.login("admin", "admin123");
            Set<String> ours = admin.request("Action: ListCommands", "ActionID: all").headers().lines().stream()
                    .skip(2).map(l -> l.substring(0, l.indexOf(':'))).collect(Collectors.toSet());
            List<String> expected = Arrays.stream(captured.split("\r\n")).filter(l -> !l.isEmpty())
                    .filter(l -> l.startsWith("Response:") || l.startsWith("ActionID:")
                            || ours.contains(l.substring(0, l.indexOf(':'))))
                    .toList();
            assertThat(expected).as("captured lines kept").hasSizeGreaterThan(20);
            calls.login("calls", "callspw");
            // the SB* actions drive the simulated phones (docs/endpoints.md): Switchboard's own
            List<String> listed = calls.request("Action: ListCommands", "ActionID: c8").headers().lines().stream()
                    .filter(l -> !SWITCHBOARD_ONLY.matcher(l).lookingAt()).toList();
            assertThat(listed).containsExactlyElementsOf(expected);
        }
    }

    static CaptureReplay replay() {
        return new CaptureReplay(sb.amiAddress(), FieldRules.standard(), Map.of("user", "mysecret", "admin", "admin123"),
                Duration.ofSeconds(10));
    }

    /** K02's first DBGetTree lists what the captured server's AstDB held before the steps. */
    static void seedK02() {
        AstDb db = sb.server().astDb();
        String[][] entries = {
                {"CustomDevstate", "Eggs", "INUSE"},
                {"CustomDevstate", "Ham", "INVALID"},
                {"CustomDevstate", "eggs", "INUSE"},
                {"CustomDevstate", "green_eggs_and_ham", "NOT_INUSE"},
                {"CustomDevstate", "ham", "INVALID"},
                {"CustomPresence", "Eggs", "away,green,breakfast"},
                {"CustomPresence", "Ham", "available,virginia,breakfast"},
                {"CustomPresence", "Stuff", "away,it's,say \"hi\"?"},
                {"CustomPresence", "accx02", "away,x'y,a<b>&\"c\""},
                {"CustomPresence", "eggs", "away,green,breakfast"},
                {"CustomPresence", "ham", "available,virginia,breakfast"},
                {"accx02", "k", "v1"},
                {"pbx", "UUID", "5780b155-e1bf-4f2c-9c76-698047ec7a4d"},
        };
        for (String[] e : entries) {
            db.put(e[0], e[1], e[2]).join();
        }
    }

    /** T05's setup connection sets Custom:eggs and CustomPresence:eggs to what they already were. */
    static void seedT05() {
        sb.server().onCore(() -> {
            sb.server().pbx().deviceStates().custom().write("Custom:eggs", "INUSE");
            sb.server().pbx().presenceStates().custom().write("CustomPresence:eggs", "away,green,breakfast");
            return null;
        });
        sb.server().onCore(() -> null);
    }
}
