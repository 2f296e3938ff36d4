package org.switchboard.pbx.dialplan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.dialplan.Oracle;

/** Expectations printed by pbx_variables.c's parse_variable_name and substring (oracle/substr.*). */
class SubstringOracleTest {

    static List<Oracle.Row> rows() {
        return Oracle.load("substr");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void splitsAndCutsAsAsteriskDoes(Oracle.Row row) {
        Substitution.VariableReference ref = Substitution.VariableReference.parse(row.in()[0]);

        assertThat(ref.name()).isEqualTo(row.out()[0]);
        assertThat(ref.offset()).isEqualTo(Integer.parseInt(row.out()[1]));
        assertThat(ref.length()).isEqualTo(Integer.parseInt(row.out()[2]));
        assertThat(ref.isFunction() ? 1 : 0).isEqualTo(Integer.parseInt(row.out()[3]));
        assertThat(Substitution.substring(row.in()[1], ref.offset(), ref.length())).isEqualTo(row.out()[4]);
    }
}
