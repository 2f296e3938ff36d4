package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.pbx.db.AstDb;
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

    /**
     * C01 up to its ListCommands: that reply lists the actions of modules Switchboard does not
     * have (ConfBridge, FAX, MixMonitor...), so only the permission refusals before it, the
     * Command refusal among them, are replayed byte for byte.
     */
    @Test
    void replaysC01UpToListCommands() throws IOException {
        Capture full = Capture.read(CAPTURES.resolve("C01_write_permissions.txt"));
        List<Capture.Step> steps = new ArrayList<>();
        for (Capture.Step step : full.steps()) {
            if (step instanceof Capture.Send send && send.data().startsWith("Action: ListCommands")) {
                break;
            }
            steps.add(step);
        }
        assertThat(steps).hasSizeGreaterThan(10);
        replay().run(Capture.of(full.name(), steps));
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
