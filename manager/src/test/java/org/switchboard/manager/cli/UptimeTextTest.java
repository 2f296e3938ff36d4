package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expectations from cli.c print_uptimestr, whose units apply only when strictly exceeded. */
class UptimeTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0        | 0 seconds",
            "1        | 1 second",
            "59       | 59 seconds",
            "60       | 60 seconds",
            "61       | 1 minute, 1 second",
            "120      | 2 minutes",
            "3600     | 60 minutes",
            "3661     | 1 hour, 1 minute, 1 second",
            "86400    | 24 hours",
            "86401    | 1 day, 1 second",
            "694861   | 1 week, 1 day, 1 hour, 1 minute, 1 second",
            "31536001 | 1 year, 1 second",
            "63072002 | 2 years, 2 seconds",
    })
    void describesSecondsAsAsteriskDoes(long seconds, String expected) {
        assertThat(UptimeText.describe(seconds)).isEqualTo(expected);
    }
}
