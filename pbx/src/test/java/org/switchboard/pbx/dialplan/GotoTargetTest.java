package org.switchboard.pbx.dialplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** pbx.c pbx_parseable_goto / pbx_parse_location. */
class GotoTargetTest {
    private static final Dialplan DIALPLAN = DialplanFixtures.load(String.join("\n",
            "[c]",
            "exten => 100,1,NoOp()",
            " same => n(here),NoOp()",
            "[other]",
            "exten => s,1,NoOp()",
            " same => n,NoOp()",
            " same => n(there),NoOp()",
            ""));
    private static final GotoTarget.Position AT = new GotoTarget.Position("c", "100", 5, null);

    private static GotoTarget go(String s) {
        return GotoTarget.parse(s, AT, DIALPLAN, TestRuntime.NOW);
    }

    @Test
    void oneTwoOrThreeFields() {
        assertThat(go("3")).isEqualTo(new GotoTarget(null, null, 3));
        assertThat(go("200,1")).isEqualTo(new GotoTarget(null, "200", 1));
        assertThat(go("other,s,2")).isEqualTo(new GotoTarget("other", "s", 2));
    }

    @Test
    void relativePriorities() {
        assertThat(go("+2")).isEqualTo(new GotoTarget(null, null, 7));
        assertThat(go("-3")).isEqualTo(new GotoTarget(null, null, 2));
    }

    @Test
    void labelsAreLookedUpInTheTargetOrTheCurrentExtension() {
        assertThat(go("here")).isEqualTo(new GotoTarget(null, null, 2));
        assertThat(go("other,s,there")).isEqualTo(new GotoTarget("other", "s", 3));
        // a label cancels the relative sign
        assertThat(go("+here")).isEqualTo(new GotoTarget(null, null, 2));
    }

    @Test
    void emptyOrUnknownLabelIsRefusedWithAsterisksWarnings() {
        try (LogCapture logs = LogCapture.dialplan()) {
            assertThat(go("")).isNull();
            assertThat(go("nowhere")).isNull();
            assertThat(go("1x")).isNull();

            assertThat(logs.warnings()).containsExactly("Goto requires an argument ([[context,]extension,]priority)",
                    "Priority 'nowhere' must be a number > 0, or valid label",
                    "Priority '1x' must be a number > 0, or valid label");
        }
    }
}
