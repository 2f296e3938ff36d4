package org.switchboard.pbx.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Option strings as app.c parse_options reads them (Dial's letters as the example). */
class AppOptionsTest {
    private static final String DIAL = "AabBCcdDEefFgGhHiIjkKLmnNoOpPQrRSstTuUwWxXz";

    @Test
    void flagsAndArguments() {
        AppOptions o = AppOptions.parse("tTgD(12:34)S(5)m", DIAL);
        assertThat(o.valid()).isTrue();
        assertThat(o.has('t')).isTrue();
        assertThat(o.has('T')).isTrue();
        assertThat(o.has('g')).isTrue();
        assertThat(o.has('h')).isFalse();
        assertThat(o.argument('D')).isEqualTo("12:34");
        assertThat(o.argument('S')).isEqualTo("5");
        // given without parentheses: an empty argument; absent: none
        assertThat(o.argument('m')).isEmpty();
        assertThat(o.argument('r')).isNull();
    }

    @Test
    void nestedParenthesesQuotesAndBackslashes() {
        assertThat(AppOptions.parse("G(ctx^ex(1)^2)", DIAL).argument('G')).isEqualTo("ctx^ex(1)^2");
        assertThat(AppOptions.parse("f(\"Bob ) Smith\" <123>)", DIAL).argument('f')).isEqualTo("Bob ) Smith <123>");
        assertThat(AppOptions.parse("F(a\\)b)", DIAL).argument('F')).isEqualTo("a)b");
        assertThat(AppOptions.parse("f(\"a\\\"b\\c\")", DIAL).argument('f')).isEqualTo("a\"b\\c");
    }

    @Test
    void aMissingClosingParenthesisMakesTheStringInvalid() {
        assertThat(AppOptions.parse("tD(12", DIAL).valid()).isFalse();
        AppOptions o = AppOptions.parse("t!y", DIAL);
        assertThat(o.valid()).isTrue();
        assertThat(o.has('t')).isTrue();
    }
}
