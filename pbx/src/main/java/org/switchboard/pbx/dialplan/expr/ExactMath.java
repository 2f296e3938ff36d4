package org.switchboard.pbx.dialplan.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The transcendental functions of {@code $[...]} (cosl, sinl, expl, logl, ...) computed with 60
 * significant digits and then rounded once to the 64-bit significand, so they print the same 18
 * digits as glibc's long double functions (which are accurate to the last bit on these inputs).
 * Arguments too large for the argument reduction here (|x| above 1e40 for the trigonometric
 * functions) fall back to double precision.
 */
final class ExactMath {
    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final MathContext WIDE = new MathContext(130, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal EPSILON = new BigDecimal("1e-75");
    /** π to 130 digits, from Machin's formula. */
    private static final BigDecimal PI = machinPi();
    private static final BigDecimal HALF_PI = PI.divide(TWO, WIDE);
    private static final BigDecimal LN2 = atanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3), WIDE), WIDE)
            .multiply(TWO, WIDE);
    private static final BigDecimal LN10 = logOfNormalized(new BigDecimal("1.25")).add(LN2.multiply(BigDecimal.valueOf(3)), WIDE);

    private ExactMath() { }

    static LongDouble exp(LongDouble x) {
        if (x.isNaN()) {
            return x;
        }
        if (x.isInfinite()) {
            return x.isNegative() ? LongDouble.ZERO : x;
        }
        return expOfChecked(signed(x));
    }

    /** exp of an exact argument, with overflow to infinity and underflow to zero. */
    private static LongDouble expOfChecked(BigDecimal v) {
        if (v.compareTo(BigDecimal.valueOf(11357)) > 0) {
            return LongDouble.infinity(false);
        }
        if (v.compareTo(BigDecimal.valueOf(-11400)) < 0) {
            return LongDouble.ZERO;
        }
        return LongDouble.of(expOf(v));
    }

    static LongDouble exp2(LongDouble x) {
        return x.isFinite() ? expOfChecked(signed(x).multiply(LN2, WIDE)) : exp(x);
    }

    static LongDouble exp10(LongDouble x) {
        return x.isFinite() ? expOfChecked(signed(x).multiply(LN10, WIDE)) : exp(x);
    }

    static LongDouble log(LongDouble x) {
        LongDouble special = logSpecial(x);
        return special != null ? special : LongDouble.of(logOf(x));
    }

    static LongDouble log2(LongDouble x) {
        LongDouble special = logSpecial(x);
        return special != null ? special : LongDouble.of(logOf(x).divide(LN2, MC));
    }

    static LongDouble log10(LongDouble x) {
        LongDouble special = logSpecial(x);
        return special != null ? special : LongDouble.of(logOf(x).divide(LN10, MC));
    }

    static LongDouble sin(LongDouble x) {
        return trig(x, 0);
    }

    static LongDouble cos(LongDouble x) {
        return trig(x, 1);
    }

    static LongDouble tan(LongDouble x) {
        if (!x.isFinite() || tooLarge(x)) {
            return LongDouble.of(Math.tan(x.toDouble()));
        }
        BigDecimal[] sc = sinCos(signed(x));
        return LongDouble.of(sc[0].divide(sc[1], MC));
    }

    static LongDouble atan(LongDouble x) {
        if (x.isNaN()) {
            return x;
        }
        if (x.isInfinite()) {
            return LongDouble.of(x.isNegative() ? HALF_PI.negate() : HALF_PI);
        }
        return LongDouble.of(atanOf(signed(x)));
    }

    static LongDouble asin(LongDouble x) {
        if (x.isNaN()) {
            return x;
        }
        BigDecimal v = signed(x);
        int cmp = v.abs().compareTo(BigDecimal.ONE);
        if (cmp > 0) {
            // glibc's asinl / acosl return a positive NaN outside [-1, 1]
            return LongDouble.nan(false);
        }
        if (cmp == 0) {
            return LongDouble.of(v.signum() < 0 ? HALF_PI.negate() : HALF_PI);
        }
        return LongDouble.of(asinOf(v));
    }

    static LongDouble acos(LongDouble x) {
        if (x.isNaN()) {
            return x;
        }
        BigDecimal v = signed(x);
        int cmp = v.abs().compareTo(BigDecimal.ONE);
        if (cmp > 0) {
            // glibc's asinl / acosl return a positive NaN outside [-1, 1]
            return LongDouble.nan(false);
        }
        if (cmp == 0) {
            return v.signum() < 0 ? LongDouble.of(PI) : LongDouble.ZERO;
        }
        return LongDouble.of(HALF_PI.subtract(asinOf(v), MC));
    }

    static LongDouble atan2(LongDouble y, LongDouble x) {
        if (!y.isFinite() || !x.isFinite()) {
            return LongDouble.of(Math.atan2(y.toDouble(), x.toDouble()));
        }
        BigDecimal yv = signed(y);
        BigDecimal xv = signed(x);
        if (xv.signum() == 0) {
            if (yv.signum() == 0) {
                return x.isNegative() ? LongDouble.of(y.isNegative() ? PI.negate() : PI) : y;
            }
            return LongDouble.of(yv.signum() > 0 ? HALF_PI : HALF_PI.negate());
        }
        BigDecimal a = atanOf(yv.divide(xv, WIDE));
        if (xv.signum() < 0) {
            a = y.isNegative() ? a.subtract(PI, MC) : a.add(PI, MC);
        }
        return LongDouble.of(a);
    }

    /** powl for a non-integral exponent (integral ones are exact in LongDouble.powInteger). */
    static LongDouble pow(LongDouble base, LongDouble exponent) {
        if (base.isNaN() || exponent.isNaN()) {
            return LongDouble.nan(false);
        }
        if (!base.isFinite() || !exponent.isFinite()) {
            return LongDouble.of(Math.pow(base.toDouble(), exponent.toDouble()));
        }
        if (base.isZero()) {
            return exponent.isNegative() ? LongDouble.infinity(false) : LongDouble.ZERO;
        }
        if (base.isNegative()) {
            return LongDouble.nan(true);
        }
        BigDecimal product = signed(exponent).multiply(logOf(base), WIDE);
        return expOfChecked(product);
    }

    // ------------------------------------------------------------------ helpers

    private static BigDecimal signed(LongDouble x) {
        BigDecimal v = x.toBigDecimal();
        return x.isNegative() ? v.negate() : v;
    }

    private static LongDouble logSpecial(LongDouble x) {
        if (x.isNaN()) {
            return x;
        }
        if (x.isZero()) {
            return LongDouble.infinity(true);
        }
        if (x.isNegative()) {
            return LongDouble.nan(false);
        }
        if (x.isInfinite()) {
            return x;
        }
        return null;
    }

    /** log of a positive finite value: log(m) + e * ln 2 with m in [1, 2). */
    private static BigDecimal logOf(LongDouble x) {
        BigDecimal m = x.normalizedSignificand();
        return logOfNormalized(m).add(LN2.multiply(BigDecimal.valueOf(x.leadingExponent()), WIDE), MC);
    }

    /** log(m) = 2 atanh((m - 1) / (m + 1)). */
    private static BigDecimal logOfNormalized(BigDecimal m) {
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), WIDE);
        return atanh(z, WIDE).multiply(TWO, WIDE);
    }

    private static BigDecimal atanh(BigDecimal z, MathContext mc) {
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int n = 3; ; n += 2) {
            power = power.multiply(z2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(EPSILON) < 0) {
                return sum;
            }
        }
    }

    /** exp(x) = 2^k exp(r), r = x - k ln 2. */
    private static BigDecimal expOf(BigDecimal x) {
        BigInteger k = x.divide(LN2, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        BigDecimal r = x.subtract(LN2.multiply(new BigDecimal(k), WIDE), WIDE);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(r, WIDE).divide(BigDecimal.valueOf(n), WIDE);
            sum = sum.add(term, WIDE);
            if (term.abs().compareTo(EPSILON) < 0) {
                break;
            }
        }
        int kk = k.intValueExact();
        BigDecimal scale = kk >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(kk))
                : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-kk)), WIDE);
        return sum.multiply(scale, MC);
    }

    private static boolean tooLarge(LongDouble x) {
        return x.isFinite() && !x.isZero() && x.leadingExponent() > 130;
    }

    /** which = 0 for sin, 1 for cos. */
    private static LongDouble trig(LongDouble x, int which) {
        if (!x.isFinite() || tooLarge(x)) {
            return LongDouble.of(which == 0 ? Math.sin(x.toDouble()) : Math.cos(x.toDouble()));
        }
        if (x.isZero()) {
            return which == 0 ? x : LongDouble.ONE;
        }
        return LongDouble.of(sinCos(signed(x))[which]);
    }

    /** sin and cos after reduction by π/2. */
    private static BigDecimal[] sinCos(BigDecimal x) {
        BigInteger n = x.divide(HALF_PI, MathContext.DECIMAL128).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        BigDecimal r = x.subtract(HALF_PI.multiply(new BigDecimal(n), WIDE), WIDE);
        BigDecimal s = sinSeries(r);
        BigDecimal c = cosSeries(r);
        switch (n.mod(BigInteger.valueOf(4)).intValue()) {
            case 0: return new BigDecimal[] {s, c};
            case 1: return new BigDecimal[] {c, s.negate()};
            case 2: return new BigDecimal[] {s.negate(), c.negate()};
            default: return new BigDecimal[] {c.negate(), s};
        }
    }

    private static BigDecimal sinSeries(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, WIDE);
        BigDecimal term = r;
        BigDecimal sum = r;
        for (int n = 1; ; n++) {
            term = term.multiply(r2, WIDE).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), WIDE).negate();
            sum = sum.add(term, WIDE);
            if (term.abs().compareTo(EPSILON) < 0) {
                return sum;
            }
        }
    }

    private static BigDecimal cosSeries(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, WIDE);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(r2, WIDE).divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), WIDE).negate();
            sum = sum.add(term, WIDE);
            if (term.abs().compareTo(EPSILON) < 0) {
                return sum;
            }
        }
    }

    /** atan: atan(x) = π/2 - atan(1/x) above 1, then two argument halvings, then the series. */
    private static BigDecimal atanOf(BigDecimal x) {
        if (x.signum() < 0) {
            return atanOf(x.negate()).negate();
        }
        if (x.compareTo(BigDecimal.ONE) > 0) {
            return HALF_PI.subtract(atanOf(BigDecimal.ONE.divide(x, WIDE)), WIDE);
        }
        BigDecimal y = x;
        int halvings = 0;
        while (y.compareTo(new BigDecimal("0.2")) > 0) {
            BigDecimal root = BigDecimal.ONE.add(y.multiply(y, WIDE)).sqrt(WIDE);
            y = y.divide(BigDecimal.ONE.add(root), WIDE);
            halvings++;
        }
        BigDecimal y2 = y.multiply(y, WIDE);
        BigDecimal power = y;
        BigDecimal sum = y;
        for (int n = 3; ; n += 2) {
            power = power.multiply(y2, WIDE).negate();
            BigDecimal term = power.divide(BigDecimal.valueOf(n), WIDE);
            sum = sum.add(term, WIDE);
            if (term.abs().compareTo(EPSILON) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(1L << halvings), WIDE);
    }

    private static BigDecimal asinOf(BigDecimal x) {
        BigDecimal root = BigDecimal.ONE.subtract(x.multiply(x, WIDE)).sqrt(WIDE);
        return atanOf(x.divide(root, WIDE));
    }

    /** π = 16 atan(1/5) - 4 atan(1/239). */
    private static BigDecimal machinPi() {
        MathContext mc = new MathContext(140);
        BigDecimal a = arctanInverse(5, mc);
        BigDecimal b = arctanInverse(239, mc);
        return a.multiply(BigDecimal.valueOf(16)).subtract(b.multiply(BigDecimal.valueOf(4))).round(WIDE);
    }

    private static BigDecimal arctanInverse(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal power = x;
        BigDecimal sum = x;
        BigDecimal tiny = new BigDecimal("1e-145");
        for (int k = 3; ; k += 2) {
            power = power.multiply(x2, mc).negate();
            BigDecimal term = power.divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(tiny) < 0) {
                return sum;
            }
        }
    }
}
