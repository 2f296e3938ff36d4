package org.switchboard.pbx.dialplan.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * strtold on exponents of any size (C11 7.22.1.3: a result too large is HUGE_VALL with ERANGE, one
 * too small is zero with ERANGE); fuzz finding D1 was such an exponent refused by BigDecimal.
 */
class LongDoubleParseTest {
    @Test
    void anExponentBeyondAnyLongDoubleOverflowsOrUnderflows() {
        LongDouble.Parsed big = LongDouble.parse("1e100000000000");
        assertThat(big.value().isInfinite()).isTrue();
        assertThat(big.value().isNegative()).isFalse();
        assertThat(big.outOfRange()).isTrue();

        LongDouble.Parsed negativeBig = LongDouble.parse("-1E100000000000xyz");
        assertThat(negativeBig.value().isInfinite()).isTrue();
        assertThat(negativeBig.value().isNegative()).isTrue();

        LongDouble.Parsed tiny = LongDouble.parse("1e-100000000000");
        assertThat(tiny.value().isZero()).isTrue();
        assertThat(tiny.outOfRange()).isTrue();
    }

    @Test
    void zeroTimesAnyPowerOfTenIsZeroWithoutError() {
        LongDouble.Parsed zero = LongDouble.parse("0.000e100000000000");
        assertThat(zero.value().isZero()).isTrue();
        assertThat(zero.outOfRange()).isFalse();
    }
}
