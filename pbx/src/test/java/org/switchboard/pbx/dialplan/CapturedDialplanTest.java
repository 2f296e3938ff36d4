package org.switchboard.pbx.dialplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extensions.conf the reference Asterisk 22.10.1 ran with (../shared/captures/etc). */
class CapturedDialplanTest {
    private static Dialplan dialplan;

    @BeforeAll
    static void load() {
        dialplan = DialplanFixtures.captured(TestRuntime.create());
    }

    @Test
    void contextsAreListedMostRecentFirst() {
        // ast_context_find_or_create puts every new context at the head of the list
        assertThat(dialplan.contexts()).extracting(DialplanContext::name).containsExactly(
                "test", "beta", "alpha", "acctimeout", "confs", "qbase", "qpos", "queuecall", "agents", "dtmf", "default");
        assertThat(dialplan.contexts()).allMatch(c -> c.registrar().equals("pbx_config"));
    }

    @Test
    void generalOptions() {
        assertThat(dialplan.options().staticConfig()).isTrue();
        assertThat(dialplan.options().writeProtect()).isFalse();
        assertThat(dialplan.options().clearGlobalVars()).isFalse();
        assertThat(dialplan.options().autoFallthrough()).isTrue();
        assertThat(dialplan.globals()).isEmpty();
    }

    @Test
    void defaultContextIsInExtCmpOrder() {
        // literals by (signed) byte with dashes ignored ("call-bob" sorts as "callbob"), then the pattern
        assertThat(dialplan.context("default").extensions()).extracting(Extension::name).containsExactly(
                "100", "200", "300", "400", "500", "600", "700", "afterbridge", "bob", "call-bob", "cl", "echo", "eggs",
                "ham", "one", "redirect", "s", "setfoo", "short", "three", "two", "wait", "_XNNN");
    }

    @Test
    void sameAndNextNumberTheLines() {
        Extension setfoo = extension("default", "setfoo");

        assertThat(setfoo.priorities()).extracting(Priority::number, Priority::app, Priority::appData, Priority::registrarLine)
                .containsExactly(tuple(1, "NoOp", "", 41), tuple(2, "Answer", "", 42), tuple(3, "Set", "foo=bar", 43),
                        tuple(4, "Echo", "", 44));
        assertThat(setfoo.priorities()).allMatch(p -> p.registrarFile().equals("extensions.conf"));
    }

    @Test
    void dataKeepsInnerParenthesesAndVariables() {
        assertThat(extension("default", "cl").priority(2).appData()).isEqualTo("CONNECTEDLINE(all)=Test <1234>");
        assertThat(extension("default", "call-bob").priority(1).appData()).isEqualTo("Local/bob@default,,Tt");
        assertThat(extension("default", "afterbridge").priority(3).appData()).isEqualTo("AfterBridge,Chan: ${CHANNEL}");
        Priority execIf = extension("qpos", "test").priority(3);
        assertThat(execIf.app()).isEqualTo("ExecIf");
        assertThat(execIf.appData()).isEqualTo("$[${QUEUESTATUS}=FULL]?UserEvent(FULL)");
        assertThat(extension("qpos", "test").priority(2).appData()).isEqualTo("qpos,,,,,,,,${QUEUE_POS}");
    }

    @Test
    void hintsIncludingThePatternOne() {
        assertThat(dialplan.context("default").hints()).extracting(Extension::name, e -> e.hint().app())
                .containsExactly(tuple("eggs", "Custom:eggs&CustomPresence:eggs"), tuple("ham", "Custom:ham&CustomPresence:ham"),
                        tuple("_XNNN", "Custom:green_eggs_and_ham"));
        // a hint is found for any number the pattern matches (N is 2-9)
        assertThat(dialplan.hint("default", "1234", TestRuntime.NOW).app()).isEqualTo("Custom:green_eggs_and_ham");
        assertThat(dialplan.hint("default", "1200", TestRuntime.NOW)).isNull();
        assertThat(dialplan.hint("default", "100", TestRuntime.NOW)).isNull();
    }

    @Test
    void callerIdExtension() {
        Extension test8 = extension("alpha", "test8");

        assertThat(test8.callerIdMatch()).isEqualTo("1337");
        assertThat(dialplan.exists("alpha", "test8", 1, "1337", TestRuntime.NOW)).isTrue();
        // any other caller falls to the _. pattern
        var other = dialplan.find("alpha", "test8", 1, null, "42", org.switchboard.pbx.dialplan.pattern.MatchMode.MATCH,
                TestRuntime.NOW);
        assertThat(other.extension().name()).isEqualTo("_.");
    }

    @Test
    void noticesAreTheFourDiscouragedPatternWarnings() {
        // pbx_config.c warns for every "_." line
        assertThat(dialplan.notices()).extracting(DialplanNotice::message, n -> n.location().line()).containsExactly(
                tuple(discouraged(171), 171), tuple(discouraged(172), 172), tuple(discouraged(175), 175),
                tuple(discouraged(176), 176));
    }

    private static String discouraged(int line) {
        return "The use of '_.' for an extension is strongly discouraged and can have unexpected behavior.  "
                + "Please use '_X.' instead at line " + line + " of extensions.conf";
    }

    @Test
    void patternsOfOtherContexts() {
        assertThat(dialplan.context("agents").extensions()).extracting(Extension::name).containsExactly("_[a-z].");
        assertThat(dialplan.context("acctimeout").extensions()).extracting(Extension::name)
                .containsExactly("s", "_[A-Za-z0-9].");
        assertThat(dialplan.exists("agents", "alice", 2, null, TestRuntime.NOW)).isTrue();
        assertThat(dialplan.exists("agents", "Alice", 1, null, TestRuntime.NOW)).isFalse();
    }

    private static Extension extension(String context, String name) {
        List<Extension> all = dialplan.context(context).extensions();
        return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
