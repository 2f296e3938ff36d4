package org.switchboard.pbx.dialplan.clib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** "%ld.%06ld" of a time (manager.c action_ping; capture B04: "1795347860.924850"). */
class CTimevalTest {
    @Test
    void theMicrosecondsAreSixDigitsWithLeadingZeros() {
        assertThat(CTimeval.secondsMicros(Instant.ofEpochSecond(1795347867, 12_345_678))).isEqualTo("1795347867.012345");
        assertThat(CTimeval.secondsMicros(Instant.ofEpochSecond(1795347867, 0))).isEqualTo("1795347867.000000");
        assertThat(CTimeval.secondsMicros(Instant.ofEpochSecond(1795347867, 999_999_999))).isEqualTo("1795347867.999999");
        assertThat(CTimeval.secondsMicros(Instant.ofEpochSecond(7, 1_000))).isEqualTo("7.000001");
    }
}
