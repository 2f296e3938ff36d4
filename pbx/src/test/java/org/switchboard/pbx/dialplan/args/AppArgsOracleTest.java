package org.switchboard.pbx.dialplan.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.dialplan.Oracle;

class AppArgsOracleTest {

    static List<Oracle.Row> rows() {
        return Oracle.load("sep");
    }

    /** Expectations printed by app.c __ast_app_separate_args itself (oracle/sep.*). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void splitsAsAsteriskDoes(Oracle.Row row) {
        char delim = row.in()[0].charAt(0);
        boolean remove = row.in()[1].equals("1");
        int slots = Integer.parseInt(row.in()[2]);
        String data = row.in()[3];

        AppArgs args = AppArgs.split(data, delim, remove, slots);

        int argc = Integer.parseInt(row.out()[0]);
        List<String> expected = Arrays.asList(row.out()).subList(1, row.out().length);
        assertThat(args.count()).isEqualTo(argc);
        assertThat(args.asList()).containsExactlyElementsOf(argc == 0 ? List.of() : expected);
    }

    /** The AMI Variable header (spec 01 §1.3): 64 slots, quotes and backslashes removed. */
    @Test
    void amiVariableHeaderUsesSixtyFourStandardSlots() {
        AppArgs args = AppArgs.standard("a=1,b=\"x,y\",c=\\,", 64);

        assertThat(args.asList()).containsExactly("a=1", "b=x,y", "c=,");
    }

    @Test
    void absentArgumentsReadAsNull() {
        AppArgs args = AppArgs.standard("one", 3);

        assertThat(args.get(0)).isEqualTo("one");
        assertThat(args.get(1)).isNull();
        assertThat(args.getOrEmpty(2)).isEmpty();
    }
}
