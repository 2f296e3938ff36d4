package org.switchboard.pbx.dialplan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** pbx_variables.c pbx_builtin_setvar_helper on the globals, chanvars.c ast_var_name. */
class GlobalVariablesTest {

    @Test
    void newestFirstAndReplacedByNameWithoutUnderscores() {
        GlobalVariables g = new GlobalVariables();
        g.set("A", "1");
        g.set("B", "2");
        g.set("_A", "3");

        assertThat(g.entries()).extracting(VariableList.Entry::fullName, VariableList.Entry::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("_A", "3"), org.assertj.core.groups.Tuple.tuple("B", "2"));
        assertThat(g.get("A")).isEqualTo("3");
        // a lookup does not strip the name it is given
        assertThat(g.get("_A")).isNull();
    }

    @Test
    void changesAreReportedAsVarSetsAndDeletingANonEmptyValueReportsEmpty() {
        List<String> events = new ArrayList<>();
        GlobalVariables g = new GlobalVariables((name, value) -> events.add(name + "=" + value));

        g.set("A", "1");
        g.set("A", null);
        g.set("E", "");
        g.set("E", null);
        g.set("NEVER", null);

        assertThat(events).containsExactly("A=1", "A=", "E=");
    }

    @Test
    void pushKeepsTheOlderValueBehind() {
        VariableList list = new VariableList();
        list.set("X", "old");
        list.push("X", "new");

        assertThat(list.get("X")).isEqualTo("new");
        list.set("X", null);
        assertThat(list.get("X")).isEqualTo("old");
    }

    @Test
    void clearForgetsEverything() {
        GlobalVariables g = new GlobalVariables();
        g.set("A", "1");
        g.clear();

        assertThat(g.entries()).isEmpty();
    }
}
