package org.switchboard.manager.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.manager.module.ModulesDirectory.Verdict;
import org.switchboard.pbx.module.ModuleDefinition;
import org.switchboard.pbx.module.ModuleHooks;
import org.switchboard.pbx.module.ModuleRegistry;
import org.switchboard.pbx.module.SupportLevel;

/** ModuleLoad's path check (manager.c file_in_modules_dir) over the virtual modules directory. */
class ModulesDirectoryTest {
    final ModuleRegistry registry = new ModuleRegistry().loadable(new ModuleDefinition("res_x.so", "X",
            SupportLevel.CORE, false, List.of(), ModuleHooks.NONE));

    @Test
    void onlyTheExactFileNameOfAKnownModuleIsInside() {
        assertThat(ModulesDirectory.check("res_x.so", registry)).isEqualTo(Verdict.INSIDE);
        assertThat(ModulesDirectory.check("  res_x.so ", registry)).as("stripped").isEqualTo(Verdict.INSIDE);
        assertThat(ModulesDirectory.check("./res_x.so", registry)).isEqualTo(Verdict.INSIDE);
        assertThat(ModulesDirectory.check("res_x", registry)).isEqualTo(Verdict.NOT_FOUND);
        assertThat(ModulesDirectory.check("RES_X.so", registry)).isEqualTo(Verdict.NOT_FOUND);
        assertThat(ModulesDirectory.check("manager", registry)).isEqualTo(Verdict.NOT_FOUND);
        assertThat(ModulesDirectory.check("res_x.so/", registry)).as("not a directory").isEqualTo(Verdict.NOT_FOUND);
        assertThat(ModulesDirectory.check("sub/../res_x.so", registry)).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void theDirectoryItselfIsInsideAndClimbingOutIsLookedUpForReal() {
        assertThat(ModulesDirectory.check("", registry)).isEqualTo(Verdict.INSIDE);
        assertThat(ModulesDirectory.check("../modules/res_x.so", registry)).isEqualTo(Verdict.INSIDE);
        assertThat(ModulesDirectory.check("../../../../../tmp", registry)).isEqualTo(Verdict.OUTSIDE);
        assertThat(ModulesDirectory.check("../../../../../no/such/file", registry)).isEqualTo(Verdict.NOT_FOUND);
    }
}
