package org.switchboard.pbx.apps.dial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Option strings as app.c parse_options reads them. */
class OptionStringTest {
    private static final String KNOWN = "AabBCcdDEefFgGhHiIjkKLmnNoOpPQrRSstTuUwWxXz";
    private static final String ARGS = "AbBDfFGLmnoOPQrSsuU";

    @Test
    void flagsAndArguments() {
        OptionString o = OptionString.parse("tTgD(12:34)S(5)", KNOWN, ARGS);
        assertThat(o.failed()).isFalse();
        assertThat(o.has('t')).isTrue();
        assertThat(o.has('T')).isTrue();
        assertThat(o.has('g')).isTrue();
        assertThat(o.has('h')).isFalse();
        assertThat(o.arg('D')).isEqualTo("12:34");
        assertThat(o.arg('S')).isEqualTo("5");
        assertThat(o.arg('t')).isNull();
    }

    @Test
    void anArgumentOptionWithoutArgumentHasAnEmptyOne() {
        OptionString o = OptionString.parse("m", KNOWN, ARGS);
        assertThat(o.has('m')).isTrue();
        assertThat(o.arg('m')).isEmpty();
        assertThat(o.nonEmptyArg('m')).isNull();
    }

    @Test
    void nestedParenthesesQuotesAndBackslashes() {
        assertThat(OptionString.parse("G(ctx^ex(1)^2)", KNOWN, ARGS).arg('G')).isEqualTo("ctx^ex(1)^2");
        assertThat(OptionString.parse("f(\"Bob ) Smith\" <123>)", KNOWN, ARGS).arg('f'))
                .isEqualTo("Bob ) Smith <123>");
        assertThat(OptionString.parse("F(a\\)b)", KNOWN, ARGS).arg('F')).isEqualTo("a)b");
    }

    @Test
    void aMissingClosingParenthesisFailsAndUnknownLettersAreIgnored() {
        assertThat(OptionString.parse("tD(12", KNOWN, ARGS).failed()).isTrue();
        OptionString o = OptionString.parse("t!y", KNOWN, ARGS);
        assertThat(o.failed()).isFalse();
        assertThat(o.has('t')).isTrue();
        assertThat(o.has('y')).isFalse();
    }
}
