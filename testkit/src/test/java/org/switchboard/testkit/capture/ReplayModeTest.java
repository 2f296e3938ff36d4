package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** AUTO picks the stream comparison exactly for the captures with calls. */
class ReplayModeTest {
    @Test
    void theCapturesWithCallsAreComparedByStream() throws IOException {
        Map<String, ReplayMode> modes = new TreeMap<>();
        CaptureVariantsTest.captures().forEach(n -> modes.put(n, ReplayMode.AUTO.resolve(CaptureVariantsTest.capture(n))));
        assertThat(modes).hasSizeGreaterThanOrEqualTo(31);
        modes.forEach((name, mode) -> {
            boolean calls = name.startsWith("G") || name.startsWith("I") || name.startsWith("M")
                    || name.equals("A08_login_events_header") || name.equals("F01_eventlist_contract")
                    || name.equals("J01_channel_vars");
            assertThat(mode).as(name).isEqualTo(calls ? ReplayMode.STREAMS : ReplayMode.STRICT);
        });
        // global variables ("Uniqueid: none") and empty UniqueID headers are not calls
        assertThat(modes).containsEntry("J02_global_vars", ReplayMode.STRICT).containsEntry("U01_mailbox", ReplayMode.STRICT)
                .containsEntry("T01_device_state_changes", ReplayMode.STRICT);
    }

    @Test
    void anExplicitModeStays() {
        Capture g01 = CaptureVariantsTest.capture("G01_originate_app");
        assertThat(ReplayMode.STRICT.resolve(g01)).isEqualTo(ReplayMode.STRICT);
        assertThat(ReplayMode.STREAMS.resolve(CaptureVariantsTest.capture("A01_banner_login"))).isEqualTo(ReplayMode.STREAMS);
    }
}
