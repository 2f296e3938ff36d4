package org.switchboard.pbx.dialplan.expr;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.switchboard.pbx.dialplan.clib.CFormat;
import org.switchboard.pbx.dialplan.clib.CScan;

/**
 * The x86 80-bit {@code long double} that ast_expr2 computes with (its {@code FP___TYPE} on
 * Linux/x86-64): a 64-bit significand, exponents down to subnormals at 2^-16445, each operation
 * rounded to nearest, ties to even, as the x87 unit does. This is why {@code $[10 / 3]} prints
 * {@code 3.33333333333333333} and {@code $[2 / 3]} {@code 0.666666666666666667} in Asterisk, which a
 * Java {@code double} cannot reproduce.
 *
 * <p>Exact for parsing ({@code strtold}), printing ({@code %.18Lg}), {@code + - * /}, {@code fmodl},
 * {@code remainderl}, {@code sqrtl}, rounding functions and comparisons. Immutable.
 */
public final class LongDouble implements Comparable<LongDouble> {
    private static final int MAX_EXP = 16383;
    private static final int MIN_NORMAL_EXP = -16382;
    private static final int MIN_LSB_EXP = MIN_NORMAL_EXP - 63;
    private static final BigInteger TEN_POW_18 = BigInteger.TEN.pow(18);
    private static final BigInteger LONG_MIN_MAGNITUDE = BigInteger.ONE.shiftLeft(63);

    private enum Kind { FINITE, INFINITE, NAN }

    /** +0. */
    public static final LongDouble ZERO = new LongDouble(Kind.FINITE, false, BigInteger.ZERO, 0);
    /** 1. */
    public static final LongDouble ONE = of(1);

    private final Kind kind;
    private final boolean negative;
    /** The value is {@code mant * 2^exp}, {@code mant} odd (or zero), at most 64 bits. */
    private final BigInteger mant;
    private final int exp;

    private LongDouble(Kind kind, boolean negative, BigInteger mant, int exp) {
        this.kind = kind;
        this.negative = negative;
        this.mant = mant;
        this.exp = exp;
    }

    /** An exact integer (every long fits in 64 bits of significand). */
    public static LongDouble of(long v) {
        if (v == 0) {
            return ZERO;
        }
        BigInteger m = BigInteger.valueOf(v).abs();
        return normalized(v < 0, m, 0);
    }

    /** A double, exactly (every double is a long double). */
    public static LongDouble of(double v) {
        if (Double.isNaN(v)) {
            return nan(false);
        }
        if (Double.isInfinite(v)) {
            return infinity(v < 0);
        }
        if (v == 0) {
            return 1 / v < 0 ? ZERO.negate() : ZERO;
        }
        long bits = Double.doubleToRawLongBits(v);
        int e = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        if (e == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e -= 1075;
        }
        return normalized(v < 0, BigInteger.valueOf(m), e);
    }

    static LongDouble infinity(boolean negative) {
        return new LongDouble(Kind.INFINITE, negative, BigInteger.ZERO, 0);
    }

    static LongDouble nan(boolean negative) {
        return new LongDouble(Kind.NAN, negative, BigInteger.ZERO, 0);
    }

    /** The result of {@code strtold}: the value, and whether it under- or overflowed (ERANGE). */
    public record Parsed(LongDouble value, boolean outOfRange) { }

    /**
     * strtold: reads the longest C floating point prefix of {@code s} (after blanks); 0 when
     * there is none. Decimal input is rounded once, correctly, as glibc does.
     */
    public static Parsed parse(String s) {
        int end = CScan.decimalEnd(s, 0);
        if (end < 0) {
            return new Parsed(ZERO, false);
        }
        String text = s.substring(0, end).trim();
        boolean neg = text.startsWith("-");
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("inf")) {
            return new Parsed(infinity(neg), false);
        }
        if (lower.startsWith("nan")) {
            return new Parsed(nan(neg), false);
        }
        BigDecimal d;
        try {
            d = new BigDecimal(body);
        } catch (NumberFormatException exponentBeyondInt) {
            return hugeExponent(neg, lower);
        }
        if (d.signum() == 0) {
            return new Parsed(neg ? ZERO.negate() : ZERO, false);
        }
        return fromDecimal(neg, d);
    }

    /**
     * A decimal whose exponent does not fit BigDecimal's int (fuzz finding D1: "1e100000000000"):
     * strtold reads any exponent, so it is zero (a zero mantissa), or out of range towards zero or
     * infinity as the exponent's sign says.
     */
    private static Parsed hugeExponent(boolean neg, String lowerBody) {
        int e = lowerBody.indexOf('e');
        LongDouble zero = neg ? ZERO.negate() : ZERO;
        if (lowerBody.substring(0, e).chars().noneMatch(c -> c >= '1' && c <= '9')) {
            return new Parsed(zero, false);
        }
        return lowerBody.charAt(e + 1) == '-' ? new Parsed(zero, true) : new Parsed(infinity(neg), true);
    }

    /** The long double nearest to an exact decimal value (ties to even), as strtold rounds. */
    public static LongDouble of(BigDecimal value) {
        if (value.signum() == 0) {
            return ZERO;
        }
        return fromDecimal(value.signum() < 0, value.abs()).value();
    }

    private static Parsed fromDecimal(boolean neg, BigDecimal d) {
        int decimalExponent = d.precision() - d.scale();
        if (decimalExponent > 4934) {
            return new Parsed(infinity(neg), true);
        }
        if (decimalExponent < -4952) {
            return new Parsed(neg ? ZERO.negate() : ZERO, true);
        }
        BigInteger unscaled = d.unscaledValue();
        LongDouble v;
        if (d.scale() <= 0) {
            v = round(neg, unscaled.multiply(BigInteger.TEN.pow(-d.scale())), 0, false);
        } else {
            BigInteger divisor = BigInteger.TEN.pow(d.scale());
            int k = Math.max(0, 66 + divisor.bitLength() - unscaled.bitLength());
            BigInteger[] qr = unscaled.shiftLeft(k).divideAndRemainder(divisor);
            v = round(neg, qr[0], -k, qr[1].signum() != 0);
        }
        boolean range = v.isInfinite() || v.isZero()
                || (v.isFinite() && v.exp + v.mant.bitLength() - 1 < MIN_NORMAL_EXP);
        return new Parsed(v, range);
    }

    /** The binary exponent of the leading bit (finite, non-zero values): the value is in [2^e, 2^(e+1)). */
    int leadingExponent() {
        return exp + mant.bitLength() - 1;
    }

    /** The significand scaled into [1, 2), exactly, as a decimal (finite, non-zero values). */
    BigDecimal normalizedSignificand() {
        int shift = mant.bitLength() - 1;
        return new BigDecimal(mant.multiply(BigInteger.valueOf(5).pow(shift)), shift);
    }

    public boolean isNaN() {
        return kind == Kind.NAN;
    }

    public boolean isInfinite() {
        return kind == Kind.INFINITE;
    }

    public boolean isFinite() {
        return kind == Kind.FINITE;
    }

    public boolean isZero() {
        return kind == Kind.FINITE && mant.signum() == 0;
    }

    /** True for negative values, -0, -inf and a NaN with the sign bit. */
    public boolean isNegative() {
        return negative;
    }

    /** Whether the value is an integer (finite with no fraction). */
    public boolean isInteger() {
        return kind == Kind.FINITE && (exp >= 0 || mant.signum() == 0);
    }

    public LongDouble negate() {
        return new LongDouble(kind, !negative, mant, exp);
    }

    public LongDouble abs() {
        return negative ? negate() : this;
    }

    public LongDouble add(LongDouble o) {
        if (kind != Kind.FINITE || o.kind != Kind.FINITE) {
            if (isNaN() || o.isNaN()) {
                return nan(isNaN() ? negative : o.negative);
            }
            if (isInfinite() && o.isInfinite()) {
                return negative == o.negative ? this : nan(true);
            }
            return isInfinite() ? this : o;
        }
        if (isZero() && o.isZero()) {
            return negative && o.negative ? this : ZERO;
        }
        if (isZero()) {
            return o;
        }
        if (o.isZero()) {
            return this;
        }
        int e = Math.min(exp, o.exp);
        long top = Math.max((long) exp + mant.bitLength(), (long) o.exp + o.mant.bitLength());
        if (top - e > 400) {
            // the smaller operand lies far below the larger one's last bit: it only decides the
            // rounding, so it is kept as one unit 200 bits below, plus the sticky flag
            LongDouble big = (long) exp + mant.bitLength() >= (long) o.exp + o.mant.bitLength() ? this : o;
            LongDouble small = big == this ? o : this;
            BigInteger scaled = signed(big.mant.shiftLeft(200), big.negative);
            BigInteger approx = scaled.add(small.negative ? BigInteger.ONE.negate() : BigInteger.ONE);
            return round(approx.signum() < 0, approx.abs(), big.exp - 200, true);
        }
        BigInteger a = signed(mant.shiftLeft(exp - e), negative);
        BigInteger b = signed(o.mant.shiftLeft(o.exp - e), o.negative);
        BigInteger sum = a.add(b);
        if (sum.signum() == 0) {
            return ZERO;
        }
        return round(sum.signum() < 0, sum.abs(), e, false);
    }

    public LongDouble subtract(LongDouble o) {
        return add(o.negate());
    }

    public LongDouble multiply(LongDouble o) {
        boolean neg = negative != o.negative;
        if (isNaN() || o.isNaN()) {
            return nan(isNaN() ? negative : o.negative);
        }
        if (isInfinite() || o.isInfinite()) {
            return isZero() || o.isZero() ? nan(true) : infinity(neg);
        }
        if (isZero() || o.isZero()) {
            return neg ? ZERO.negate() : ZERO;
        }
        return round(neg, mant.multiply(o.mant), exp + o.exp, false);
    }

    public LongDouble divide(LongDouble o) {
        boolean neg = negative != o.negative;
        if (isNaN() || o.isNaN()) {
            return nan(isNaN() ? negative : o.negative);
        }
        if (isInfinite()) {
            return o.isInfinite() ? nan(true) : infinity(neg);
        }
        if (o.isInfinite()) {
            return neg ? ZERO.negate() : ZERO;
        }
        if (o.isZero()) {
            return isZero() ? nan(true) : infinity(neg);
        }
        if (isZero()) {
            return neg ? ZERO.negate() : ZERO;
        }
        int k = Math.max(0, 66 + o.mant.bitLength() - mant.bitLength());
        BigInteger[] qr = mant.shiftLeft(k).divideAndRemainder(o.mant);
        return round(neg, qr[0], exp - k - o.exp, qr[1].signum() != 0);
    }

    /** fmodl: the exact remainder of truncating division, with the sign of {@code this}. */
    public LongDouble fmod(LongDouble o) {
        if (!isFinite() || o.isNaN() || o.isZero()) {
            return nan(true);
        }
        if (o.isInfinite() || isZero()) {
            return this;
        }
        int e = Math.min(exp, o.exp);
        BigInteger a = mant.shiftLeft(exp - e);
        BigInteger b = o.mant.shiftLeft(o.exp - e);
        BigInteger r = a.mod(b);
        if (r.signum() == 0) {
            return negative ? ZERO.negate() : ZERO;
        }
        return round(negative, r, e, false);
    }

    /** remainderl: the exact remainder of round-half-even division. */
    public LongDouble remainder(LongDouble o) {
        if (!isFinite() || o.isNaN() || o.isZero()) {
            return nan(true);
        }
        if (o.isInfinite() || isZero()) {
            return this;
        }
        int e = Math.min(exp, o.exp);
        BigInteger a = mant.shiftLeft(exp - e);
        BigInteger b = o.mant.shiftLeft(o.exp - e);
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger r = qr[1];
        int cmp = r.shiftLeft(1).compareTo(b);
        boolean neg = negative;
        if (cmp > 0 || (cmp == 0 && qr[0].testBit(0))) {
            r = b.subtract(r);
            neg = !neg;
        }
        if (r.signum() == 0) {
            return negative ? ZERO.negate() : ZERO;
        }
        return round(neg, r, e, false);
    }

    /** sqrtl, correctly rounded; NaN for negative values. */
    public LongDouble sqrt() {
        if (isNaN() || isZero()) {
            return this;
        }
        if (negative) {
            return nan(true);
        }
        if (isInfinite()) {
            return this;
        }
        BigInteger m = mant;
        int e = exp;
        if ((e & 1) != 0) {
            m = m.shiftLeft(1);
            e -= 1;
        }
        int k = Math.max(0, (140 - m.bitLength()) / 2 + 1);
        BigInteger scaled = m.shiftLeft(2 * k);
        BigInteger[] sr = scaled.sqrtAndRemainder();
        return round(false, sr[0], (e - 2 * k) / 2, sr[1].signum() != 0);
    }

    /** floorl. */
    public LongDouble floor() {
        return integral(negative ? RoundingStyle.AWAY : RoundingStyle.TOWARD_ZERO);
    }

    /** ceill. */
    public LongDouble ceil() {
        return integral(negative ? RoundingStyle.TOWARD_ZERO : RoundingStyle.AWAY);
    }

    /** truncl. */
    public LongDouble trunc() {
        return integral(RoundingStyle.TOWARD_ZERO);
    }

    /** roundl: halves away from zero. */
    public LongDouble roundHalfAway() {
        return integral(RoundingStyle.HALF_AWAY);
    }

    /** rintl in the default rounding mode: halves to even. */
    public LongDouble rint() {
        return integral(RoundingStyle.HALF_EVEN);
    }

    private enum RoundingStyle { TOWARD_ZERO, AWAY, HALF_AWAY, HALF_EVEN }

    private LongDouble integral(RoundingStyle style) {
        if (!isFinite() || isInteger()) {
            return this;
        }
        int shift = -exp;
        BigInteger q = mant.shiftRight(shift);
        BigInteger rem = mant.subtract(q.shiftLeft(shift));
        BigInteger half = BigInteger.ONE.shiftLeft(shift - 1);
        int cmpHalf = rem.compareTo(half);
        boolean up;
        switch (style) {
            case TOWARD_ZERO:
                up = false;
                break;
            case AWAY:
                up = rem.signum() != 0;
                break;
            case HALF_AWAY:
                up = cmpHalf >= 0;
                break;
            default:
                up = cmpHalf > 0 || (cmpHalf == 0 && q.testBit(0));
        }
        if (up) {
            q = q.add(BigInteger.ONE);
        }
        if (q.signum() == 0) {
            return negative ? ZERO.negate() : ZERO;
        }
        return normalized(negative, q, 0);
    }

    /** powl for an integral exponent of moderate size, exactly rounded; null when not handled here. */
    LongDouble powInteger(LongDouble exponent) {
        if (!isFinite() || !exponent.isInteger() || exponent.compareTo(of(1024)) > 0
                || exponent.compareTo(of(-1024)) < 0) {
            return null;
        }
        int n = exponent.mant.shiftLeft(exponent.exp).intValueExact();
        if (exponent.negative) {
            n = -n;
        }
        if (n == 0) {
            return ONE;
        }
        if (isZero()) {
            return null;
        }
        int abs = Math.abs(n);
        boolean neg = negative && (abs & 1) == 1;
        BigInteger m = mant.pow(abs);
        long e = (long) exp * abs;
        if (e > 20000 || e < -20000) {
            return null;
        }
        if (n > 0) {
            return round(neg, m, (int) e, false);
        }
        int k = Math.max(0, 66 + m.bitLength());
        BigInteger[] qr = BigInteger.ONE.shiftLeft(k).divideAndRemainder(m);
        return round(neg, qr[0], (int) (-k - e), qr[1].signum() != 0);
    }

    /** The nearest double (for the functions computed through java.lang.Math). */
    public double toDouble() {
        if (isNaN()) {
            return Double.NaN;
        }
        if (isInfinite()) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (isZero()) {
            return negative ? -0.0 : 0.0;
        }
        double d = toBigDecimal().doubleValue();
        return negative ? -d : d;
    }

    /** The exact magnitude as a decimal (finite values only). */
    public BigDecimal toBigDecimal() {
        if (exp >= 0) {
            return new BigDecimal(mant.shiftLeft(exp));
        }
        return new BigDecimal(mant.multiply(BigInteger.valueOf(5).pow(-exp)), -exp);
    }

    @Override
    public int compareTo(LongDouble o) {
        if (isNaN() || o.isNaN()) {
            throw new ArithmeticException("NaN is unordered");
        }
        if (isZero() && o.isZero()) {
            return 0;
        }
        if (negative != o.negative) {
            return negative ? -1 : 1;
        }
        int mag = compareMagnitude(o);
        return negative ? -mag : mag;
    }

    private int compareMagnitude(LongDouble o) {
        if (isInfinite() || o.isInfinite()) {
            return Boolean.compare(isInfinite(), o.isInfinite());
        }
        if (isZero() || o.isZero()) {
            return Boolean.compare(!isZero(), !o.isZero());
        }
        long top = (long) exp + mant.bitLength();
        long otherTop = (long) o.exp + o.mant.bitLength();
        if (top != otherTop) {
            return Long.compare(top, otherTop);
        }
        int e = Math.min(exp, o.exp);
        return mant.shiftLeft(exp - e).compareTo(o.mant.shiftLeft(o.exp - e));
    }

    /** C's {@code ==} (false when either is NaN, +0 == -0). */
    public boolean numericEquals(LongDouble o) {
        return !isNaN() && !o.isNaN() && compareTo(o) == 0;
    }

    /** C's {@code <} (false when either is NaN). */
    public boolean lessThan(LongDouble o) {
        return !isNaN() && !o.isNaN() && compareTo(o) < 0;
    }

    /** C's {@code >} (false when either is NaN). */
    public boolean greaterThan(LongDouble o) {
        return !isNaN() && !o.isNaN() && compareTo(o) > 0;
    }

    /** printf {@code "%.18Lg"}, as ast_expr2 prints every number. */
    public String format() {
        if (isNaN()) {
            return negative ? "-nan" : "nan";
        }
        if (isInfinite()) {
            return negative ? "-inf" : "inf";
        }
        String sign = negative ? "-" : "";
        if (isZero()) {
            return sign + "0";
        }
        if (exp >= 0 && exp + mant.bitLength() <= 63) {
            BigInteger v = mant.shiftLeft(exp);
            if (v.compareTo(TEN_POW_18) < 0) {
                return sign + v;
            }
        }
        return sign + CFormat.formatDecimal(toBigDecimal(), 'g', 18, false);
    }

    /**
     * C's conversion to int ({@code (int) x}): truncation; values outside the int range give
     * x86's "integer indefinite" 0x80000000.
     */
    public int toIntTruncated() {
        if (!isFinite()) {
            return Integer.MIN_VALUE;
        }
        BigInteger whole = exp >= 0 ? mant.shiftLeft(exp) : mant.shiftRight(-exp);
        if (negative) {
            whole = whole.negate();
        }
        if (whole.bitLength() > 31) {
            return Integer.MIN_VALUE;
        }
        return whole.intValue();
    }

    /** True when this is exactly -2^63 (QUAD_MIN, which ast_expr2's overflow checks special-case). */
    boolean isQuadMin() {
        return isFinite() && negative && exp >= 0 && mant.shiftLeft(exp).equals(LONG_MIN_MAGNITUDE);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LongDouble)) {
            return false;
        }
        LongDouble d = (LongDouble) o;
        return kind == d.kind && negative == d.negative && mant.equals(d.mant) && exp == d.exp;
    }

    @Override
    public int hashCode() {
        return mant.hashCode() * 31 + exp + (negative ? 7 : 0) + kind.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }

    private static BigInteger signed(BigInteger m, boolean neg) {
        return neg ? m.negate() : m;
    }

    private static LongDouble normalized(boolean neg, BigInteger m, int e) {
        if (m.signum() == 0) {
            return neg ? new LongDouble(Kind.FINITE, true, BigInteger.ZERO, 0) : ZERO;
        }
        int tz = m.getLowestSetBit();
        return new LongDouble(Kind.FINITE, neg, m.shiftRight(tz), e + tz);
    }

    /**
     * Rounds {@code m * 2^e} (plus a positive amount below {@code 2^e} when {@code sticky}) to
     * the 64-bit significand, ties to even. Callers pass at least 66 significant bits whenever
     * {@code sticky} can be set.
     */
    static LongDouble round(boolean neg, BigInteger m, int e, boolean sticky) {
        if (m.signum() == 0) {
            return neg ? ZERO.negate() : ZERO;
        }
        long msbExp = (long) e + m.bitLength() - 1;
        long lsbExp = Math.max(msbExp - 63, MIN_LSB_EXP);
        long shift = lsbExp - e;
        BigInteger q = m;
        long resultExp = e;
        if (shift > 0) {
            if (shift > m.bitLength() + 1) {
                // far below the smallest subnormal
                return neg ? ZERO.negate() : ZERO;
            }
            int s = (int) shift;
            q = m.shiftRight(s);
            BigInteger rem = m.subtract(q.shiftLeft(s));
            BigInteger half = BigInteger.ONE.shiftLeft(s - 1);
            int cmp = rem.compareTo(half);
            if (cmp > 0 || (cmp == 0 && (sticky || q.testBit(0)))) {
                q = q.add(BigInteger.ONE);
            }
            resultExp = lsbExp;
        }
        if (q.signum() == 0) {
            return neg ? ZERO.negate() : ZERO;
        }
        if (resultExp + q.bitLength() - 1 > MAX_EXP) {
            return infinity(neg);
        }
        return normalized(neg, q, (int) resultExp);
    }
}
