package org.switchboard.pbx.dialplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.dialplan.DialplanListing.IgnorePatternItem;
import org.switchboard.pbx.dialplan.DialplanListing.IncludeItem;
import org.switchboard.pbx.dialplan.DialplanListing.ManagerListing;
import org.switchboard.pbx.dialplan.DialplanListing.PriorityItem;
import org.switchboard.pbx.dialplan.DialplanListing.SwitchItem;

/** pbx.c manager_show_dialplan_helper (ShowDialPlan) and show_dialplan_helper (dialplan show). */
class DialplanListingTest {
    private static final Dialplan SMALL = DialplanFixtures.load(String.join("\n",
            "[main]",
            "include => other",
            "exten => 100,1,NoOp()",
            " same => n(lbl),Answer()",
            "exten => 100/555,1,Dial(x)",
            "exten => eggs,hint,Custom:eggs",
            "ignorepat => 9",
            "switch => Loopback/foo",
            "[other]",
            "exten => 200,1,NoOp(o)",
            ""));

    @Test
    void capturedDefaultContextCounts() {
        Dialplan captured = DialplanFixtures.captured(TestRuntime.create());

        ManagerListing all = DialplanListing.manager(captured, "default", "");
        ManagerListing hundred = DialplanListing.manager(captured, "default", "100");

        // 23 extensions with 56 priorities in [default] of the captured extensions.conf
        assertThat(all.extensions()).isEqualTo(23);
        assertThat(all.priorities()).isEqualTo(56);
        assertThat(all.contexts()).isEqualTo(1);
        assertThat(all.error()).isNull();
        assertThat(hundred.items()).extracting(i -> ((PriorityItem) i).priority()).containsExactly(1, 2, 3);
        assertThat(hundred.items().get(0)).isEqualTo(new PriorityItem("default", "100", null, 1, "Answer", "", "pbx_config"));
    }

    @Test
    void managerItemsInOrder() {
        ManagerListing l = DialplanListing.manager(SMALL, "main", null);

        assertThat(l.items()).containsExactly(
                new PriorityItem("main", "100", null, 1, "Dial", "x", "pbx_config"),
                new PriorityItem("main", "100", null, 1, "NoOp", "", "pbx_config"),
                new PriorityItem("main", "100", "lbl", 2, "Answer", "", "pbx_config"),
                new PriorityItem("main", "eggs", null, Priority.HINT, "Custom:eggs", "", "pbx_config"),
                new IncludeItem("main", "other", "pbx_config"),
                new IgnorePatternItem("main", "9", "pbx_config"),
                new SwitchItem("main", "Loopback", "foo", "pbx_config"));
        assertThat(((PriorityItem) l.items().get(3)).isHint()).isTrue();
        assertThat(l.extensions()).isEqualTo(3);
        assertThat(l.priorities()).isEqualTo(4);
    }

    @Test
    void withAnExtensionIncludesAreFollowedAndSwitchesOfIncludedContextsLeftOut() {
        ManagerListing l = DialplanListing.manager(SMALL, "main", "200");

        assertThat(l.items()).extracting(i -> i.context(), i -> i.getClass().getSimpleName())
                .containsExactly(tuple("other", "PriorityItem"), tuple("main", "SwitchItem"));
        // the context of the included match counts too
        assertThat(l.contexts()).isEqualTo(2);
        assertThat(l.extensionFound()).isTrue();
    }

    @Test
    void ignorePatternsAreListedForMatchingExtensions() {
        ManagerListing l = DialplanListing.manager(SMALL, "main", "912");

        assertThat(l.items()).extracting(i -> i.getClass().getSimpleName())
                .containsExactly("IgnorePatternItem", "SwitchItem");
        assertThat(l.error()).isEqualTo("Did not find extension 912@main");
    }

    @Test
    void managerErrors() {
        assertThat(DialplanListing.manager(SMALL, "nope", "").error()).isEqualTo("Did not find context nope");
        assertThat(DialplanListing.manager(SMALL, "", "zzz").error()).isEqualTo("Did not find extension zzz in any context");
        assertThat(DialplanListing.manager(SMALL, "", "").error()).isNull();
    }

    @Test
    void cliOutput() {
        DialplanListing.CliListing out = DialplanListing.cli(SMALL, null);

        String expected = "[ Context 'other' created by 'pbx_config' ]\n"
                + String.format("  %-17s %-45s [%s:%d]%n", "'200' =>", "1. NoOp(o)", "extensions.conf", 10)
                + "\n"
                + "[ Context 'main' created by 'pbx_config' ]\n"
                + String.format("  %-17s %-45s [%s:%d]%n", "'100' (CID match '555') => ", "1. Dial(x)", "extensions.conf", 5)
                + String.format("  %-17s %-45s [%s:%d]%n", "'100' =>", "1. NoOp()", "extensions.conf", 3)
                + String.format("  %-17s %-45s [%s:%d]%n", "   [lbl]", "2. Answer()", "extensions.conf", 4)
                + String.format("  %-17s %-45s [%s:%d]%n", "'eggs' =>", "hint: Custom:eggs", "extensions.conf", 6)
                + String.format("  Include =>        %-45s [%s]%n", "'other'", "pbx_config")
                + String.format("  Ignore pattern => %-45s [%s]%n", "'9'", "pbx_config")
                + String.format("  Alt. Switch =>    %-45s [%s]%n", "'Loopback/foo'", "pbx_config")
                + "\n"
                + "-= 4 extensions (5 priorities) in 2 contexts. =-\n";
        assertThat(out.success()).isTrue();
        assertThat(out.text()).isEqualTo(expected);
    }

    @Test
    void cliWithAnExtensionShowsIncludedContextsAsSuch() {
        DialplanListing.CliListing out = DialplanListing.cli(SMALL, "200@main");

        assertThat(out.text()).startsWith("[ Included context 'other' created by 'pbx_config' ]\n");
        assertThat(out.text()).endsWith("-= 1 extension (1 priority) in 1 context. =-\n");
        assertThat(DialplanListing.cli(SMALL, "nope").text()).isEqualTo("There is no existence of 'nope' context\n");
        // show_dialplan_helper prints matching ignore patterns and the switches even without a context header
        assertThat(DialplanListing.cli(SMALL, "999@main").text())
                .isEqualTo(String.format("  Ignore pattern => %-45s [%s]%n", "'9'", "pbx_config")
                        + String.format("  Alt. Switch =>    %-45s [%s]%n", "'Loopback/foo'", "pbx_config")
                        + "There is no existence of 999@main extension\n");
        assertThat(DialplanListing.cli(SMALL, "999@").text())
                .endsWith("There is no existence of '999' extension in all contexts\n");
        assertThat(DialplanListing.cli(SMALL, "999@").success()).isFalse();
    }
}
