package org.switchboard.pbx.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.TestRuntime;
import org.switchboard.pbx.dialplan.eval.DialplanRuntime;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.dialplan.eval.Substitution;
import org.switchboard.pbx.dialplan.expr.Expression;
import org.switchboard.pbx.dialplan.expr.ExpressionHost;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the dialplan's expression parser ({@code $[...]}) and variable substitution
 * ({@code ${...}}, functions, nesting) (docs/hardening.md). Seeds: the ast_expr2 oracle cases, the
 * substitution cases of the dialplan tests, and the application data of the capture
 * configuration's extensions.conf. Every built-in function is registered (SHELL refuses, as it
 * always does). For any input:
 *
 * <ul>
 *   <li>evaluation and substitution return a value; they never throw;</li>
 *   <li>substitution respects the buffer it is given (8191 chars for application data), as
 *       Asterisk's fixed buffers do;</li>
 *   <li>the same input gives the same result twice (no state leaks between evaluations).</li>
 * </ul>
 *
 * <p>The dialplan code logs what Asterisk logs for bad input; that is silenced here, or fuzzing
 * would spend its time writing log lines.
 */
class DialplanFuzzTest {
    private static final String DIALPLAN_LOGGER = "org.switchboard.pbx.dialplan";
    private static Level previousLevel;

    @BeforeAll
    static void quiet() {
        Logger logger = (Logger) LoggerFactory.getLogger(DIALPLAN_LOGGER);
        previousLevel = logger.getLevel();
        logger.setLevel(Level.OFF);
    }

    @AfterAll
    static void restore() {
        ((Logger) LoggerFactory.getLogger(DIALPLAN_LOGGER)).setLevel(previousLevel);
    }

    @FuzzTest(maxDuration = "5m")
    void expression(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        String alone = Expression.evaluate(text, ExpressionHost.NONE);
        assertThat(alone).isNotNull();
        assertThat(Expression.evaluate(text, ExpressionHost.NONE)).isEqualTo(alone);
        assertThat(Expression.evaluate(text, channelContext())).isNotNull();
    }

    @FuzzTest(maxDuration = "5m")
    void substitution(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        String applicationData = channelContext().substitute(text);
        assertThat(applicationData.length()).isLessThanOrEqualTo(Substitution.DEFAULT_MAX_LENGTH);
        assertThat(channelContext().substitute(text)).isEqualTo(applicationData);
        assertThat(Substitution.substitute(channelContext(), text, 64).length()).isLessThanOrEqualTo(64);
    }

    /** A fresh channel with a few variables set, so that references have something to find. */
    private static EvalContext channelContext() {
        DialplanRuntime runtime = TestRuntime.create();
        TestRuntime.Channel channel = new TestRuntime.Channel();
        channel.set("FOO", "somevaluehere");
        channel.set("A", "FOO");
        channel.set("LIST", "a,b,c");
        channel.set("N", "41");
        channel.set("SELF", "${SELF}");
        return TestRuntime.channelContext(runtime, channel);
    }
}
