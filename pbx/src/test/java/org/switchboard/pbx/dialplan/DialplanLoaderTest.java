package org.switchboard.pbx.dialplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.dialplan.eval.DialplanRuntime;

/** pbx_config.c pbx_load_config, line by line, with the texts Asterisk logs. */
class DialplanLoaderTest {

    private static DialplanContext only(Dialplan d, String name) {
        return d.context(name);
    }

    @Test
    void sameWithoutAPreviousExtensionIsAnError() {
        Dialplan d = DialplanFixtures.load("[c]\nsame => n,NoOp()\n");

        assertThat(d.notices()).extracting(DialplanNotice::severity, DialplanNotice::message).containsExactly(
                tuple(DialplanNotice.Severity.ERROR,
                        "No previous pattern in the first entry of context 'c' to match 'same' at line 2 of extensions.conf!"));
    }

    @Test
    void priorityProblemsAreWarnedAndTheLineSkipped() {
        Dialplan d = DialplanFixtures.load(String.join("\n",
                "[c]",
                "exten => 1,n,NoOp()",
                "exten => 2,0,NoOp()",
                "exten => 3,foo,NoOp()",
                "exten => 4,1(lbl,NoOp()",
                "exten => 5,s,NoOp()",
                ""));

        assertThat(d.notices()).extracting(DialplanNotice::message).containsExactly(
                "Can't use 'next' priority on the first entry at line 2 of extensions.conf!",
                "Invalid priority '0' at line 3 of extensions.conf",
                "Invalid priority/label 'foo' at line 4 of extensions.conf",
                "Label missing trailing ')' at line 5 of extensions.conf",
                "Can't use 'same' priority on the first entry at line 6 of extensions.conf!");
        assertThat(only(d, "c").extensions()).isEmpty();
    }

    @Test
    void labelsNextSamePlusAndLabelReferences() {
        Dialplan d = DialplanFixtures.load(String.join("\n",
                "[c]",
                "exten => 1,1(start),NoOp()",
                " same => n(middle),Answer()",
                " same => start+5,Wait(1)",
                " same => n,Hangup()",
                "exten => 2,1+2,NoOp()",
                ""));
        Extension one = only(d, "c").extensions().get(0);

        assertThat(one.priorities()).extracting(Priority::number, Priority::label, Priority::app)
                .containsExactly(tuple(1, "start", "NoOp"), tuple(2, "middle", "Answer"), tuple(6, null, "Wait"),
                        tuple(7, null, "Hangup"));
        assertThat(one.label("middle").number()).isEqualTo(2);
        assertThat(d.findLabel("c", "1", "middle", null, TestRuntime.NOW)).isEqualTo(2);
        assertThat(only(d, "c").extensions().get(1).priorities()).extracting(Priority::number).containsExactly(3);
        assertThat(d.notices()).isEmpty();
    }

    @Test
    void duplicatePrioritiesAndLabelsAreRefusedWithAsterisksTexts() {
        Dialplan d = DialplanFixtures.load(String.join("\n",
                "[c]",
                "exten => 1,1(x),NoOp(first)",
                "exten => 1,1,NoOp(second)",
                "exten => 1,2(x),NoOp(third)",
                "exten => _X,1,NoOp(x)",
                "exten => _[0-9],1,NoOp(alias)",
                "exten => _[0-9],2,NoOp(alias)",
                ""));

        assertThat(d.notices()).extracting(DialplanNotice::message).containsExactly(
                "Unable to register extension '1' priority 1 in 'c', already in use",
                "Unable to register extension at line 3 of extensions.conf",
                "Extension '1' priority 2 in 'c', label 'x' already in use at priority 1",
                "Unable to register extension '_[0-9]' priority 1 in 'c', already in use by aliased extension '_X'",
                "Unable to register extension at line 6 of extensions.conf");
        Extension one = only(d, "c").extensions().get(0);
        assertThat(one.priorities()).extracting(Priority::appData, Priority::label)
                .containsExactly(tuple("first", "x"), tuple("third", null));
        // _X and _[0-9] sort equal: one extension, shown under the first name
        Extension pattern = only(d, "c").extensions().get(1);
        assertThat(pattern.name()).isEqualTo("_X");
        assertThat(pattern.priorities()).extracting(Priority::extensionName).containsExactly("_X", "_[0-9]");
    }

    @Test
    void applicationDataIsWhatIsBetweenTheFirstAndLastParenthesis() {
        Dialplan d = DialplanFixtures.load(String.join("\n",
                "[c]",
                "exten => 1,1,Dial,SIP/foo",
                "exten => 2,1,NoOp(unclosed",
                "exten => 3,1, Set(a=$[(1+2)*3])",
                "exten => 4,hint,DAHDI/g0/${GLOBAL(x)}",
                ""));
        DialplanContext c = only(d, "c");

        assertThat(c.extensions()).extracting(e -> e.priorities().get(0).app(), e -> e.priorities().get(0).appData())
                .containsExactly(tuple("Dial,SIP/foo", ""), tuple("NoOp", "unclosed"), tuple("Set", "a=$[(1+2)*3]"),
                        tuple("DAHDI/g0/", ""));
        assertThat(d.notices()).extracting(DialplanNotice::message)
                .containsExactly("No closing parenthesis found? 'NoOp(unclosed' at line 3 of extensions.conf");
    }

    @Test
    void globalsAreSubstitutedInOrderAndUsedInNamesAndHints() {
        DialplanRuntime runtime = TestRuntime.create();
        Dialplan d = DialplanFixtures.load(runtime, String.join("\n",
                "[globals]",
                "PREFIX=9",
                "DEV=PJSIP/${PREFIX}alice",
                "[c]",
                "exten => ${PREFIX}1,1,NoOp()",
                "exten => 100,hint,${DEV}&Custom:${EXTEN}@${CONTEXT}",
                "exten => _1XX,hint,${DEV}",
                ""));

        assertThat(d.globals()).extracting(GlobalAssignment::name, GlobalAssignment::rawValue, GlobalAssignment::value)
                .containsExactly(tuple("PREFIX", "9", "9"), tuple("DEV", "PJSIP/${PREFIX}alice", "PJSIP/9alice"));
        assertThat(runtime.globals().get("DEV")).isEqualTo("PJSIP/9alice");
        assertThat(only(d, "c").extensions()).extracting(Extension::name).containsExactly("100", "91", "_1XX");
        // non-pattern hints are substituted when added, on a dummy channel at that extension
        assertThat(only(d, "c").extensions().get(0).hint().app()).isEqualTo("PJSIP/9alice&Custom:100@c");
        assertThat(only(d, "c").extensions().get(2).hint().app()).isEqualTo("${DEV}");
    }

    @Test
    void nextAfterAHintGivesPriorityZeroWhichIsSilentlySkipped() {
        Dialplan d = DialplanFixtures.load("[c]\nexten => 5,hint,Custom:x\n same => n,NoOp()\n same => 2,NoOp()\n");

        assertThat(only(d, "c").extensions().get(0).priorities()).extracting(Priority::number).containsExactly(-1, 2);
        assertThat(d.notices()).isEmpty();
    }

    @Test
    void callerIdIsShrunkAndDashesAreEyeCandy() {
        Dialplan d = DialplanFixtures.load(String.join("\n",
                "[c]",
                "exten => 1/(555) 123-4567,1,NoOp()",
                "exten => 1-2-3,1,NoOp()",
                "exten => _[1,2]X,1,NoOp()",
                ""));
        DialplanContext c = only(d, "c");

        assertThat(c.extensions()).extracting(Extension::name, Extension::matchName, Extension::callerIdMatch)
                .containsExactly(tuple("1", "1", "5551234567"), tuple("1-2-3", "123", null),
                        tuple("_[1,2]X", "_[1,2]X", null));
        assertThat(d.exists("c", "1-23", 1, null, TestRuntime.NOW)).isTrue();
        assertThat(d.exists("c", "1", 1, "5551234567", TestRuntime.NOW)).isTrue();
        assertThat(d.exists("c", "1", 1, "5550000000", TestRuntime.NOW)).isFalse();
        assertThat(d.exists("c", ",5", 1, null, TestRuntime.NOW)).isTrue();
    }

    @Test
    void includesIgnorePatternsSwitchesAndUnknownDirectives() {
        Dialplan d = DialplanFixtures.load(String.join("\n",
                "[other]",
                "[c]",
                "include => other",
                "include => OTHER",
                "include => other,9:00-17:00,mon-fri,*,*",
                "include => nothere",
                "ignorepat => 9",
                "ignorepat => 9",
                "switch => Loopback/${EXTEN}@x",
                "eswitch => IAX2/box/${EXTEN}",
                "autohints => yes",
                "foo => bar",
                ""));
        DialplanContext c = only(d, "c");

        assertThat(c.includes()).extracting(Include::name, Include::context)
                .containsExactly(tuple("other", "other"), tuple("other,9:00-17:00,mon-fri,*,*", "other"),
                        tuple("nothere", "nothere"));
        assertThat(c.includes().get(1).timing()).isNotNull();
        assertThat(c.ignorePatterns()).extracting(IgnorePattern::pattern).containsExactly("9");
        assertThat(c.switches()).extracting(Switch::name, Switch::data, Switch::evaluate)
                .containsExactly(tuple("Loopback", "@x", false), tuple("IAX2", "box/${EXTEN}", true));
        assertThat(c.autohints()).isTrue();
        assertThat(d.notices()).extracting(DialplanNotice::message).containsExactly(
                "Context 'OTHER' already included in 'c' context on include at line 4 of extensions.conf",
                "Unable to include ignorepat '9' in context 'c' at line 8 of extensions.conf",
                "==!!== Unknown directive: foo at line 12 of extensions.conf -- IGNORING!!!",
                "Context 'c' tries to include nonexistent context 'nothere'");
    }

    @Test
    void templatesAreNotContextsAndRepeatedSectionsMerge() {
        Dialplan d = DialplanFixtures.load(String.join("\n",
                "[tpl](!)",
                "exten => t,1,NoOp()",
                "[c](tpl)",
                "exten => a,1,NoOp()",
                "[d]",
                "[c]",
                "exten => b,1,NoOp()",
                ""));

        assertThat(d.contexts()).extracting(DialplanContext::name).containsExactly("d", "c");
        assertThat(only(d, "c").extensions()).extracting(Extension::name).containsExactly("a", "b", "t");
    }

    @Test
    void discouragedPatternsAreWarned() {
        Dialplan d = DialplanFixtures.load("[c]\nexten => _!,1,NoOp()\n");

        assertThat(d.notices()).extracting(DialplanNotice::message).containsExactly(
                "The use of '_!' for an extension is strongly discouraged and can have unexpected behavior.  "
                        + "Please use '_X!' instead at line 2 of extensions.conf");
    }

    @Test
    void reloadClearsGlobalsOnlyWhenThePreviousLoadAskedAndDropsPbxConfigAdditions() {
        DialplanRuntime runtime = TestRuntime.create();
        DialplanLoader loader = new DialplanLoader(runtime);
        Dialplan first = loader.load(DialplanFixtures.parse("[general]\nclearglobalvars=yes\n[globals]\nA=1\n[c]\n"));
        runtime.globals().set("EXTRA", "x");
        Dialplan edited = first.addExtension("c", false, "new", 1, null, null, "NoOp", "", Dialplan.PBX_CONFIG,
                HintExpander.NONE).dialplan();
        Dialplan module = edited.addExtension("parkedcalls", false, "700", 1, null, null, "Park", "", "res_parking",
                HintExpander.NONE).dialplan();

        Dialplan second = loader.reload(DialplanFixtures.parse("[globals]\nB=2\n[c]\n"), module);

        assertThat(runtime.globals().get("EXTRA")).isNull();
        assertThat(runtime.globals().get("A")).isNull();
        assertThat(runtime.globals().get("B")).isEqualTo("2");
        assertThat(second.context("c").extensions()).isEmpty();
        assertThat(second.context("parkedcalls").extensions()).extracting(Extension::name).containsExactly("700");
        assertThat(second.context("parkedcalls").registrar()).isEqualTo("res_parking");

        runtime.globals().set("EXTRA", "x");
        loader.reload(DialplanFixtures.parse("[c]\n"), second);
        assertThat(runtime.globals().get("EXTRA")).isEqualTo("x");
    }
}
