package org.switchboard.pbx.dialplan.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.dialplan.LogCapture;

/** pbx_timing.c beyond the UTC oracle: the time zone field and the warnings. */
class TimingTest {
    /** 2023-11-14T22:13:20Z: Tuesday 16:13 in Chicago, Wednesday 03:43 in Kolkata. */
    private static final Instant AT = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void aFifthFieldNamesTheZone() {
        assertThat(Timing.parse("16:00-17:00,tue,*,*,America/Chicago").matches(AT, ZoneOffset.UTC)).isTrue();
        assertThat(Timing.parse("*,wed,15,nov,Asia/Kolkata").matches(AT, ZoneOffset.UTC)).isTrue();
        assertThat(Timing.parse("*,wed,15,nov,Asia/Kolkata").timezone()).isEqualTo("Asia/Kolkata");
        // with four fields the system zone applies
        assertThat(Timing.parse("16:00-17:00,tue,*,*").matches(AT, ZoneOffset.ofHours(-6))).isTrue();
        assertThat(Timing.parse("16:00-17:00,tue,*,*").matches(AT, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void emptySpecIsNoTiming() {
        assertThat(Timing.parse("")).isNull();
        assertThat(Timing.parse(null)).isNull();
    }

    @Test
    void badElementsAreSkippedWithAsterisksWarnings() {
        try (LogCapture logs = LogCapture.dialplan()) {
            Timing.parse("25:00&9:00-&9:00-x9:99,xyz&mon,40,foo-dec");

            assertThat(logs.warnings()).containsExactly(
                    "25:00 isn't a valid time.",
                    "Invalid time range starting with '9:00-'.",
                    "'9:99' isn't a valid end time.",
                    "Invalid day of week 'xyz', skipping element",
                    "Invalid day '40', skipping element",
                    "Invalid month 'foo', skipping element");
        }
    }
}
