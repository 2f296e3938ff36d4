package org.switchboard.pbx.dialplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * DialplanExtensionAdd / DialplanExtensionRemove as pbx_config.c drives pbx.c
 * (ast_add_extension2, ast_context_remove_extension_callerid), on copies.
 */
class DialplanEditTest {
    private static final String PBX = Dialplan.PBX_CONFIG;

    private final Dialplan base = DialplanFixtures.load(String.join("\n",
            "[c]",
            "exten => 100/123,1,NoOp(cid)",
            "exten => 100,1,NoOp(plain)",
            " same => n,Answer()",
            "exten => 200,1,NoOp()",
            ""));

    @Test
    void addingToAnExistingContextLeavesTheOriginalUntouched() {
        Dialplan.Edit e = base.addExtension("c", false, "150", 1, null, null, "Answer", "", PBX, HintExpander.NONE);

        assertThat(e.outcome()).isEqualTo(Dialplan.Outcome.ADDED);
        assertThat(e.dialplan().context("c").extensions()).extracting(Extension::name).containsExactly("100", "100",
                "150", "200");
        assertThat(base.context("c").extensions()).hasSize(3);
        assertThat(e.dialplan().context("c").extensions().get(2).priority(1).registrarFile()).isNull();
    }

    @Test
    void aNewContextIsCreatedInFront() {
        Dialplan.Edit e = base.addExtension("fresh", false, "1", 1, null, null, "NoOp", "x", PBX, HintExpander.NONE);

        assertThat(e.dialplan().contexts()).extracting(DialplanContext::name).containsExactly("fresh", "c");
    }

    @Test
    void anExistingPriorityIsRefusedUnlessReplacing() {
        Dialplan.Edit refused = base.addExtension("c", false, "200", 1, null, null, "Hangup", "", PBX, HintExpander.NONE);
        Dialplan.Edit replaced = base.addExtension("c", true, "200", 1, null, null, "Hangup", "", PBX, HintExpander.NONE);

        assertThat(refused.outcome()).isEqualTo(Dialplan.Outcome.EXISTS);
        assertThat(refused.dialplan()).isSameAs(base);
        assertThat(replaced.outcome()).isEqualTo(Dialplan.Outcome.REPLACED);
        assertThat(replaced.dialplan().context("c").extensions().get(2).priority(1).app()).isEqualTo("Hangup");
    }

    @Test
    void addingAHintExpandsItsVariables() {
        Dialplan.Edit e = base.addExtension("c", false, "300", Priority.HINT, null, null, "Custom:${EXTEN}", "", PBX,
                HintExpander.of(TestRuntime.create()));

        assertThat(e.dialplan().hint("c", "300", TestRuntime.NOW).app()).isEqualTo("Custom:300");
    }

    @Test
    void removingAWholeExtension() {
        Dialplan.Edit e = base.removeExtension("c", "200", 0, null, false, PBX);

        assertThat(e.outcome()).isEqualTo(Dialplan.Outcome.REMOVED);
        assertThat(e.dialplan().context("c").extensions()).extracting(Extension::name).containsExactly("100", "100");
    }

    @Test
    void removingOnePriorityOfACallerIdExtension() {
        // DialplanExtensionRemove with Extension: 100/123 and Priority: 1
        Dialplan.Edit e = base.removeExtension("c", "100", 1, "123", true, PBX);

        assertThat(e.outcome()).isEqualTo(Dialplan.Outcome.REMOVED);
        assertThat(e.dialplan().context("c").extensions()).extracting(Extension::name, Extension::callerIdMatch)
                .containsExactly(tuple("100", null), tuple("200", null));
    }

    @Test
    void aPriorityOfThePlainExtensionCannotBeRemovedWhileACallerIdVariantSortsFirst() {
        // the AMI passes callerid "" when a priority is given: the walk starts at 100/123 and stops there
        Dialplan.Edit e = base.removeExtension("c", "100", 2, "", false, PBX);

        assertThat(e.outcome()).isEqualTo(Dialplan.Outcome.NOT_FOUND);
    }

    @Test
    void removingTheWholeNameTakesEveryCallerIdVariant() {
        Dialplan.Edit e = base.removeExtension("c", "100", 0, null, false, PBX);

        assertThat(e.dialplan().context("c").extensions()).extracting(Extension::name).containsExactly("200");
    }

    @Test
    void otherRegistrarsPrioritiesAreKept() {
        Dialplan withModule = base.addExtension("c", false, "200", 2, null, null, "Park", "", "res_parking",
                HintExpander.NONE).dialplan();

        Dialplan.Edit e = withModule.removeExtension("c", "200", 0, null, false, PBX);

        assertThat(e.dialplan().context("c").extensions().get(2).priorities()).extracting(Priority::number)
                .containsExactly(2);
    }

    @Test
    void unknownExtensionsAndContextsAreNotFound() {
        try (LogCapture logs = LogCapture.dialplan()) {
            assertThat(base.removeExtension("c", "999", 0, null, false, PBX).outcome())
                    .isEqualTo(Dialplan.Outcome.NOT_FOUND);
            assertThat(logs.warnings()).containsExactly("Cannot find extension 999 in root_table in context c");
        }
        assertThat(base.removeExtension("nope", "1", 0, null, false, PBX).outcome()).isEqualTo(Dialplan.Outcome.NOT_FOUND);
    }

    @Test
    void capturedAlphaContextAfterRemovingTest2FallsToThePattern() {
        Dialplan captured = DialplanFixtures.captured(TestRuntime.create());

        Dialplan after = captured.removeExtension("alpha", "test2", 0, null, false, PBX).dialplan();

        assertThat(after.find("alpha", "test2", 1, null, null, org.switchboard.pbx.dialplan.pattern.MatchMode.MATCH,
                TestRuntime.NOW).extension().name()).isEqualTo("_.");
        assertThat(captured.exists("alpha", "test2", 4, null, TestRuntime.NOW)).isTrue();
        assertThat(after.exists("alpha", "test2", 4, null, TestRuntime.NOW)).isFalse();
    }
}
