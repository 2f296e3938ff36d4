package org.switchboard.testkit.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The soak of docs/hardening.md as CI runs it: one minute (system property {@code soak.seconds}
 * changes that) of connection churn, call churn and an event flood. It asserts what must hold
 * however slow the machine is (nothing lost, the server answers, the heap comes back after the
 * load), never how fast anything went; the report is written to target/soak-report.txt.
 */
class SoakTest {
    /** Live objects the server may keep after a soak: caches warmed, counters, the AstDB. */
    private static final long HEAP_KEPT_AFTER_LOAD = 16L * 1024 * 1024;

    @Test
    void aMinuteOfChurnCallsAndEventsLosesNothingAndGivesItsMemoryBack() throws Exception {
        SoakOptions options = new SoakOptions(Duration.ofSeconds(Long.getLong("soak.seconds", 60)),
                Duration.ofSeconds(5), 5, 10, 1000, 2, null);
        SoakReport report = Soak.run(options);
        Files.writeString(Path.of("target", "soak-report.txt"), report.render(), StandardCharsets.UTF_8);

        assertThat(report.problems()).as(report.render()).isEmpty();
        MemorySample last = report.samples().get(report.samples().size() - 1);
        assertThat(last.logins()).as("connection churn ran").isPositive();
        assertThat(last.calls()).as("calls ran").isPositive();
        assertThat(last.events()).as("the flood ran").isPositive();
        assertThat(report.finalHeap()).as(report.render())
                .isLessThanOrEqualTo(report.baselineHeap() + HEAP_KEPT_AFTER_LOAD);
    }
}
