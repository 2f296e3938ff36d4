package org.switchboard.pbx.dialplan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.dialplan.LogCapture;
import org.switchboard.pbx.dialplan.TestRuntime;

/** pbx_variables.c pbx_substitute_variables_helper_full_location, case by case. */
class SubstitutionTest {
    private DialplanRuntime runtime;
    private TestRuntime.Channel channel;
    private EvalContext ctx;

    @BeforeEach
    void setUp() {
        runtime = TestRuntime.create();
        channel = new TestRuntime.Channel();
        ctx = new EvalContext(runtime, channel);
    }

    @Test
    void variablesAreReplacedAndUnsetOnesVanish() {
        channel.set("FOO", "bar");

        assertThat(ctx.substitute("x${FOO}y${NOPE}z")).isEqualTo("xbaryz");
    }

    @Test
    void offsetAndLengthCutTheValue() {
        // the pbx_variables.c test_variable_substrings table
        channel.set("V", "somevaluehere");

        assertThat(ctx.substitute("${V:0:25}")).isEqualTo("somevaluehere");
        assertThat(ctx.substitute("${V:0:5}")).isEqualTo("somev");
        assertThat(ctx.substitute("${V:4:5}")).isEqualTo("value");
        assertThat(ctx.substitute("${V:0:-4}")).isEqualTo("somevalue");
        assertThat(ctx.substitute("${V:-4}")).isEqualTo("here");
    }

    @Test
    void nestedReferencesAreSubstitutedFirst() {
        channel.set("A", "B");
        channel.set("B", "hello");

        assertThat(ctx.substitute("${${A}}")).isEqualTo("hello");
        assertThat(ctx.substitute("${${A}:1:2}")).isEqualTo("el");
    }

    @Test
    void valuesAreNeverSubstitutedAgain() {
        channel.set("FOO", "${BAR}$[1+1]");
        channel.set("BAR", "no");

        assertThat(ctx.substitute("${FOO}")).isEqualTo("${BAR}$[1+1]");
    }

    @Test
    void aDollarNotFollowedByBraceOrBracketIsKept() {
        assertThat(ctx.substitute("cost $5 $$ $")).isEqualTo("cost $5 $$ $");
    }

    @Test
    void unterminatedReferenceTakesTheRestWithAsterisksWarning() {
        channel.set("FOO", "v");
        try (LogCapture logs = LogCapture.dialplan()) {
            assertThat(ctx.substitute("a${FOO")).isEqualTo("av");
            assertThat(ctx.substitute("$[1+1")).isEqualTo("2");

            assertThat(logs.warnings()).containsExactly("Error in extension logic (missing '}')",
                    "Error in extension logic (missing ']')");
        }
    }

    @Test
    void expressionsAreEvaluatedAfterTheirInnerSubstitutions() {
        channel.set("N", "41");

        assertThat(ctx.substitute("[$[${N} + 1]]")).isEqualTo("[42]");
    }

    @Test
    void functionsAreReadAndFailuresInsertNothing() {
        channel.set("FOO", "abc");
        try (LogCapture logs = LogCapture.dialplan()) {
            assertThat(ctx.substitute("${LEN(${FOO})}")).isEqualTo("3");
            assertThat(ctx.substitute("a${NOPE(x)}b")).isEqualTo("ab");
            assertThat(ctx.substitute("a${IF()}b")).isEqualTo("ab");

            assertThat(logs.warnings()).containsExactly("Function NOPE not registered");
        }
    }

    @Test
    void aFunctionResultCanBeCut() {
        channel.set("FOO", "a-b-c");

        assertThat(ctx.substitute("${CUT(FOO,-,2-3):1}")).isEqualTo("-c");
    }

    @Test
    void computedChannelVariablesHideStoredOnesAndSystemVariablesComeNext() {
        channel.set("EXTEN", "stored");
        channel.set("EPOCH", "stored");

        assertThat(ctx.substitute("${EXTEN}")).isEqualTo("100");
        // EPOCH comes from the runtime's clock, before the channel's own variables
        assertThat(ctx.substitute("${EPOCH}")).isEqualTo("1700000000");
        assertThat(ctx.substitute("${ASTETCDIR}")).isEqualTo("/etc/asterisk");
    }

    @Test
    void channelVariablesHideGlobals() {
        runtime.globals().set("G", "global");
        channel.set("C", "chan");
        runtime.globals().set("C", "global");

        assertThat(ctx.substitute("${G}/${C}")).isEqualTo("global/chan");
        assertThat(EvalContext.withoutChannel(runtime).substitute("${C}")).isEqualTo("global");
    }

    @Test
    void inheritanceUnderscoresAreIgnoredWhenReading() {
        ctx.setVariable("__FOO", "inherited");

        assertThat(ctx.substitute("${FOO}")).isEqualTo("inherited");
        assertThat(channel.variables.entries().get(0).fullName()).isEqualTo("__FOO");
    }

    @Test
    void settingANameEndingInAParenthesisWritesTheFunction() {
        ctx.setVariable("GLOBAL(G)", "1");

        assertThat(runtime.globals().get("G")).isEqualTo("1");
        assertThat(channel.get("GLOBAL(G)")).isNull();
    }

    @Test
    void explicitLocationOverridesExtenContextAndPriority() {
        Substitution.Location at = new Substitution.Location("ctx", "999", 5);

        assertThat(Substitution.substitute(ctx, "${EXTEN}@${CONTEXT}:${PRIORITY}", 100, at)).isEqualTo("999@ctx:5");
    }

    @Test
    void outputStopsAtTheBufferSize() {
        channel.set("FOO", "0123456789");

        assertThat(Substitution.substitute(ctx, "ab${FOO}cd", 6)).isEqualTo("ab0123");
    }

    @Test
    void nestingDeeperThanFifteenSubstitutionsIsRefused() {
        String fifteen = "${".repeat(15) + "X" + "}".repeat(15);
        String sixteen = "${".repeat(16) + "X" + "}".repeat(16);
        channel.set("X", "X");
        try (LogCapture logs = LogCapture.dialplan()) {
            assertThat(ctx.substitute(fifteen)).isEqualTo("X");
            assertThat(logs.warnings()).isEmpty();

            assertThat(ctx.substitute(sixteen)).isEmpty();
            assertThat(logs.warnings()).containsExactly(
                    "Exceeded maximum variable substitution recursion depth (15) - possible infinite recursion in dialplan?");
        }
    }
}
