package org.switchboard.testkit.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The soak command's options. */
class SoakOptionsTest {
    @Test
    void theDefaultsAreTheDocumentedTenMinuteRun() {
        SoakOptions o = SoakOptions.parse();
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.sampleEvery()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.csv()).isNull();
    }

    @Test
    void eachOptionChangesItsOwnValue() {
        SoakOptions o = SoakOptions.parse("--minutes", "0.5", "--sample-seconds", "2", "--logins-per-second", "3",
                "--calls-per-second", "4", "--events-per-second", "500", "--listeners", "6", "--csv", "out.csv");
        assertThat(o).isEqualTo(new SoakOptions(Duration.ofSeconds(30), Duration.ofSeconds(2), 3, 4, 500, 6,
                Path.of("out.csv")));
        assertThat(SoakOptions.parse("--seconds", "45").duration()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aBadOptionIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> SoakOptions.parse("--hours", "1")).hasMessageContaining("unknown option --hours")
                .hasMessageContaining("usage: soak");
        assertThatThrownBy(() -> SoakOptions.parse("--minutes")).hasMessageContaining("missing value after --minutes");
        assertThatThrownBy(() -> SoakOptions.parse("--listeners", "many")).hasMessageContaining("not a number");
    }
}
