package org.switchboard.pbx.dialplan.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.dialplan.Oracle;

/** Expectations printed by pbx_timing.c's ast_build_timing and ast_check_timing2, in UTC (oracle/timing.*). */
class TimingOracleTest {

    static List<Oracle.Row> rows() {
        return Oracle.load("timing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void buildsAndChecksAsAsteriskDoes(Oracle.Row row) {
        Timing t = Timing.parse(row.in()[0]);
        Instant at = Instant.ofEpochSecond(Long.parseLong(row.in()[1]));

        assertThat(t != null ? 1 : 0).isEqualTo(Integer.parseInt(row.out()[0]));
        if (t != null) {
            assertThat(t.matches(at, ZoneOffset.UTC) ? 1 : 0).isEqualTo(Integer.parseInt(row.out()[1]));
        }
    }
}
