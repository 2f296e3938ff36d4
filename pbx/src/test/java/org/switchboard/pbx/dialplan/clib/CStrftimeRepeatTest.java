package org.switchboard.pbx.dialplan.clib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Formatting the same second again (CEL and CDR do it all the time) gives what a first call gives. */
class CStrftimeRepeatTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant T = Instant.parse("2026-11-22T11:44:27.123456Z");

    @Test
    void theSameSecondTwiceGivesTheSameText() {
        assertThat(CStrftime.format("%Y-%m-%d %T", T, UTC)).isEqualTo("2026-11-22 11:44:27");
        assertThat(CStrftime.format("%Y-%m-%d %T", T.plusMillis(500), UTC)).isEqualTo("2026-11-22 11:44:27");
    }

    @Test
    void anotherSecondZoneOrFormatRightAfterIsFormattedAfresh() {
        assertThat(CStrftime.format("%Y-%m-%d %T", T, UTC)).isEqualTo("2026-11-22 11:44:27");
        assertThat(CStrftime.format("%Y-%m-%d %T", T.plusSeconds(1), UTC)).isEqualTo("2026-11-22 11:44:28");
        assertThat(CStrftime.format("%Y-%m-%d %T", T.plusSeconds(1), PARIS)).isEqualTo("2026-11-22 12:44:28");
        assertThat(CStrftime.format("%H:%M", T.plusSeconds(1), PARIS)).isEqualTo("12:44");
    }

    @Test
    void fractionsFollowTheInstantWithinTheSecond() {
        assertThat(CStrftime.format("%T.%3q", T, UTC)).isEqualTo("11:44:27.123");
        assertThat(CStrftime.format("%T.%3q", T.plusMillis(500), UTC)).isEqualTo("11:44:27.623");
        assertThat(CStrftime.format("%T.%6q", T, UTC)).isEqualTo("11:44:27.123456");
    }
}
