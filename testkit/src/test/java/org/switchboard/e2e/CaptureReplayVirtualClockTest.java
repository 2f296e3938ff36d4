package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.capture.Capture;
import org.switchboard.testkit.capture.CaptureReplay;
import org.switchboard.testkit.capture.FieldRules;
import org.switchboard.testkit.capture.ReplayOptions;

/**
 * A replay on a virtual clock moves the clock to each step's captured time (sends, and the reads of
 * what the server wrote), so that timers fire where they fired in the capture (and only then).
 */
class CaptureReplayVirtualClockTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CaptureReplayTest.CAPTURES.resolve("etc")).virtualClock();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A01_banner_login", "A07_multiplelogin", "B04_latency", "L01_userevent"})
    void replaysOnTheCapturedTimeline(String name) throws IOException {
        Capture capture = Capture.read(CaptureReplayTest.CAPTURES.resolve(name + ".txt"));
        Instant before = sb.clock().now();
        new CaptureReplay(sb.amiAddress(), FieldRules.standard(), Map.of("user", "mysecret"), Duration.ofSeconds(10))
                .run(capture, ReplayOptions.defaults().withVirtualClock(sb.clock()).withQuiesce(sb.server()::quiesce));
        Duration lastStep = capture.steps().stream().map(Capture.Step::at).max(Duration::compareTo).orElseThrow();
        assertThat(Duration.between(before, sb.clock().now())).isEqualTo(lastStep);
    }
}
