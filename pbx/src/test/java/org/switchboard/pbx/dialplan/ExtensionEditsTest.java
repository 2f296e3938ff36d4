package org.switchboard.pbx.dialplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** pbx_config.c manager_dialplan_extension_add / _remove, on the captured [alpha] context. */
class ExtensionEditsTest {
    private final Dialplan captured = DialplanFixtures.captured(TestRuntime.create());

    @Test
    void priorityHeaders() {
        assertThat(ExtensionEdits.addPriority("hint")).isEqualTo(Priority.HINT);
        assertThat(ExtensionEdits.addPriority("0")).isZero();
        assertThat(ExtensionEdits.addPriority("3abc")).isEqualTo(3);
        assertThat(ExtensionEdits.addPriority("-1")).isNull();
        assertThat(ExtensionEdits.addPriority("x")).isNull();
        assertThat(ExtensionEdits.removePriority("")).isZero();
        assertThat(ExtensionEdits.removePriority(null)).isZero();
        assertThat(ExtensionEdits.removePriority("0")).isNull();
        assertThat(ExtensionEdits.removePriority("HINT")).isNull();
    }

    @Test
    void addingWithACallerIdAndRemovingIt() {
        Dialplan added = ExtensionEdits.add(captured, "alpha", "test9/555", 1, "NoOp", "", false, HintExpander.NONE)
                .dialplan();

        assertThat(added.exists("alpha", "test9", 1, "555", TestRuntime.NOW)).isTrue();
        // any other caller reaches the _. pattern of [alpha]
        assertThat(added.find("alpha", "test9", 1, null, "1", org.switchboard.pbx.dialplan.pattern.MatchMode.MATCH,
                TestRuntime.NOW).extension().name()).isEqualTo("_.");
        Dialplan.Edit removed = ExtensionEdits.remove(added, "alpha", "test9/555", 1);
        assertThat(removed.outcome()).isEqualTo(Dialplan.Outcome.REMOVED);
        assertThat(removed.dialplan().context("alpha").extensions()).extracting(Extension::name).doesNotContain("test9");
    }

    @Test
    void removingOnePriorityThenTheWholeCallerIdExtension() {
        Dialplan.Edit one = ExtensionEdits.remove(captured, "alpha", "test8/1337", 4);
        Dialplan.Edit all = ExtensionEdits.remove(one.dialplan(), "alpha", "test8/1337", 0);

        assertThat(one.outcome()).isEqualTo(Dialplan.Outcome.REMOVED);
        assertThat(one.dialplan().exists("alpha", "test8", 3, "1337", TestRuntime.NOW)).isTrue();
        assertThat(one.dialplan().exists("alpha", "test8", 4, "1337", TestRuntime.NOW)).isFalse();
        assertThat(all.dialplan().exists("alpha", "test8", 1, "1337", TestRuntime.NOW)).isTrue();
        assertThat(all.dialplan().find("alpha", "test8", 1, null, "1337",
                org.switchboard.pbx.dialplan.pattern.MatchMode.MATCH, TestRuntime.NOW).extension().name()).isEqualTo("_.");
    }

    @Test
    void aHintCanBeAddedAndReplaced() {
        Dialplan.Edit added = ExtensionEdits.add(captured, "default", "bob", Priority.HINT, "Custom:bob", null, false,
                HintExpander.NONE);
        Dialplan.Edit again = ExtensionEdits.add(added.dialplan(), "default", "bob", Priority.HINT, "Custom:x", "",
                false, HintExpander.NONE);
        Dialplan.Edit replaced = ExtensionEdits.add(added.dialplan(), "default", "bob", Priority.HINT, "Custom:x", "",
                true, HintExpander.NONE);

        assertThat(added.dialplan().hint("default", "bob", TestRuntime.NOW).app()).isEqualTo("Custom:bob");
        assertThat(again.outcome()).isEqualTo(Dialplan.Outcome.EXISTS);
        assertThat(replaced.dialplan().hint("default", "bob", TestRuntime.NOW).app()).isEqualTo("Custom:x");
    }
}
