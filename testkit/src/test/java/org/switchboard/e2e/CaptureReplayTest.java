package org.switchboard.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.capture.Capture;
import org.switchboard.testkit.capture.CaptureReplay;
import org.switchboard.testkit.capture.FieldRules;

/**
 * Replays the captures recorded from a real Asterisk 22.10.1 (captures/README.md) that need no
 * calls, against Switchboard started from the very configuration Asterisk ran. Only the values
 * the README lists as varying (times, ids, ports, challenges) may differ.
 */
class CaptureReplayTest {
    static final Path CAPTURES = Path.of("src/test/resources/captures");

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
    })
    void replays(String name) throws IOException {
        Capture capture = Capture.read(CAPTURES.resolve(name + ".txt"));
        new CaptureReplay(sb.amiAddress(), FieldRules.standard(), Map.of("user", "mysecret", "admin", "admin123"),
                Duration.ofSeconds(10)).run(capture);
    }
}
