package org.switchboard.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Recording;

class JfrTopFramesTest {

    /** Work that shows up in execution samples under a name the test knows. */
    static final class Spinner {
        static long spin(long rounds) {
            long x = 1;
            for (long i = 0; i < rounds; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            return x;
        }
    }

    @Test
    void sumsExecutionSamplesByMethodAndThread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spin.jfr");
        JfrTopFrames.Summary s;
        long sink = 0;
        long rounds = 20_000_000;
        do {
            try (Recording r = new Recording()) {
                r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
                r.start();
                sink += Spinner.spin(rounds);
                r.stop();
                r.dump(file);
            }
            s = JfrTopFrames.summarise(file, "org.switchboard.", 5);
            rounds *= 2;
        } while (s.samples() < 20 && rounds < 10_000_000_000L);
        assertThat(sink).isNotZero();
        assertThat(s.samples()).isGreaterThanOrEqualTo(20);
        assertThat(s.self()).first().satisfies(row -> {
            assertThat(row.name()).endsWith("JfrTopFramesTest$Spinner.spin");
            assertThat(row.percent()).isGreaterThan(50);
        });
        assertThat(s.focus()).first().extracting(JfrTopFrames.Row::name).asString().endsWith("Spinner.spin");
        assertThat(s.self()).isSortedAccordingTo((a, b) -> Long.compare(b.samples(), a.samples()));
        assertThat(s.threads()).isNotEmpty();
        assertThat(s.total().get(0).samples()).isGreaterThanOrEqualTo(s.self().get(0).samples());
    }
}
