package org.switchboard.pbx.dialplan.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.dialplan.Oracle;

/** Expectations printed by pbx.c's own ext_cmp, _extension_match_core and ext_strncpy (oracle/*). */
class ExtensionOracleTest {

    static List<Oracle.Row> cmp() {
        return Oracle.load("cmp");
    }

    static List<Oracle.Row> match() {
        return Oracle.load("match");
    }

    static List<Oracle.Row> names() {
        return Oracle.load("names");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cmp")
    void sortsAsExtCmpDoes(Oracle.Row row) {
        int expected = Integer.parseInt(row.out()[0]);

        assertThat(Integer.signum(ExtensionOrder.compare(row.in()[0], row.in()[1]))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("match")
    void matchesAsExtensionMatchCoreDoes(Oracle.Row row) {
        MatchMode mode = switch (row.in()[0]) {
            case "2" -> MatchMode.MATCH;
            case "1" -> MatchMode.CANMATCH;
            default -> MatchMode.MATCHMORE;
        };

        int result = ExtensionMatcher.match(row.in()[1], row.in()[2], mode);

        assertThat(result).isEqualTo(Integer.parseInt(row.out()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void storesNamesAsExtStrncpyDoes(Oracle.Row row) {
        String src = row.in()[0];

        assertThat(ExtensionNames.displayName(src)).isEqualTo(row.out()[0]);
        assertThat(ExtensionNames.matchName(src)).isEqualTo(row.out()[1]);
        assertThat(ExtensionNames.fluffCount(src)).isEqualTo(Integer.parseInt(row.out()[2]));
    }
}
