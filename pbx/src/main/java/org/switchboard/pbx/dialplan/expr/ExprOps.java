package org.switchboard.pbx.dialplan.expr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.clib.DialplanRegex;

/**
 * The operators of ast_expr2.y ({@code op_or} ... {@code op_tildetilde}), with their conversions,
 * their results for bad operands and their warnings.
 */
final class ExprOps {
    private static final Logger LOG = LoggerFactory.getLogger(Expression.class);
    private static final LongDouble QUAD_MIN = LongDouble.of(Long.MIN_VALUE);
    private static final LongDouble MINUS_ONE = LongDouble.of(-1);

    private ExprOps() { }

    /** {@code a | b}: a unless it is zero or empty. */
    static ExprValue or(ExprValue a, ExprValue b) {
        return a.isZeroOrNull() ? b : a;
    }

    /** {@code a & b}: a unless either is zero or empty (then 0). */
    static ExprValue and(ExprValue a, ExprValue b) {
        if (a.isZeroOrNull() || b.isZeroOrNull()) {
            return ExprValue.number(0);
        }
        return a;
    }

    /** The comparisons: as strings (strcoll, byte order in C.UTF-8) when either is a string, else as numbers. */
    static ExprValue compare(ExprToken.Kind op, ExprValue a, ExprValue b) {
        boolean result;
        if (a.isString() || b.isString()) {
            a.toStringValue();
            b.toStringValue();
            int c = CStrings.compare(a.text(), b.text());
            result = test(op, c);
        } else {
            a.toNumber();
            b.toNumber();
            LongDouble x = a.number();
            LongDouble y = b.number();
            switch (op) {
                case EQ:
                    result = x.numericEquals(y);
                    break;
                case NE:
                    result = !x.numericEquals(y);
                    break;
                case GT:
                    result = x.greaterThan(y);
                    break;
                case LT:
                    result = x.lessThan(y);
                    break;
                case GE:
                    result = x.greaterThan(y) || x.numericEquals(y);
                    break;
                default:
                    result = x.lessThan(y) || x.numericEquals(y);
            }
        }
        return ExprValue.number(result ? 1 : 0);
    }

    private static boolean test(ExprToken.Kind op, int c) {
        switch (op) {
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            case LT: return c < 0;
            case GE: return c >= 0;
            default: return c <= 0;
        }
    }

    /** {@code a ? b :: c}. */
    static ExprValue cond(ExprValue a, ExprValue b, ExprValue c) {
        if (a.isString()) {
            String s = a.text();
            return !s.isEmpty() && !s.equals("\"\"") && !s.equals("0") ? b : c;
        }
        a.toNumber();
        LongDouble n = a.number();
        return n.isZero() ? c : b;
    }

    static ExprValue plus(ExprValue a, ExprValue b) {
        if (!a.toNumber()) {
            LOG.warn("non-numeric argument");
            return b.toNumber() ? b : ExprValue.number(0);
        }
        if (!b.toNumber()) {
            return a;
        }
        LongDouble r = a.number().add(b.number());
        if (plusOverflows(a.number(), b.number(), r)) {
            LOG.warn("overflow");
        }
        return ExprValue.number(r);
    }

    static ExprValue minus(ExprValue a, ExprValue b) {
        if (!a.toNumber()) {
            LOG.warn("non-numeric argument");
            return b.toNumber() ? ExprValue.number(LongDouble.ZERO.subtract(b.number())) : ExprValue.number(0);
        }
        if (!b.toNumber()) {
            LOG.warn("non-numeric argument");
            return a;
        }
        LongDouble r = a.number().subtract(b.number());
        if (minusOverflows(a.number(), b.number(), r)) {
            LOG.warn("overflow");
        }
        return ExprValue.number(r);
    }

    static ExprValue negate(ExprValue a) {
        if (!a.toNumber()) {
            LOG.warn("non-numeric argument");
            return ExprValue.number(0);
        }
        LongDouble r = a.number().negate();
        if (minusOverflows(LongDouble.ZERO, a.number(), r)) {
            LOG.warn("overflow");
        }
        return ExprValue.number(r);
    }

    /** {@code !a}: strings go through atoi, so {@code !abc} is 1 and {@code !5} is 0. */
    static ExprValue complement(ExprValue a) {
        boolean v;
        if (a.type() == ExprValue.Type.NUMBER) {
            v = !a.number().isZero();
        } else {
            String s = a.text();
            if (s.isEmpty() || s.equals("0")) {
                v = false;
            } else {
                v = CScan.atoi(s) != 0;
            }
        }
        return ExprValue.number(v ? 0 : 1);
    }

    static ExprValue times(ExprValue a, ExprValue b) {
        if (!a.toNumber() || !b.toNumber()) {
            LOG.warn("non-numeric argument");
            return ExprValue.number(0);
        }
        LongDouble x = a.number();
        LongDouble y = b.number();
        LongDouble r = x.multiply(y);
        // chk_times: the product divided back must give the other operand
        if (!x.isZero() && !r.divide(x).numericEquals(y)) {
            LOG.warn("overflow");
        }
        return ExprValue.number(r);
    }

    static ExprValue divide(ExprValue a, ExprValue b) {
        if (!a.toNumber()) {
            LOG.warn("non-numeric argument");
            return ExprValue.number(0);
        }
        if (!b.toNumber()) {
            LOG.warn("non-numeric argument");
            return ExprValue.number(Integer.MAX_VALUE);
        }
        if (b.number().isZero()) {
            LOG.warn("division by zero");
            return ExprValue.number(Integer.MAX_VALUE);
        }
        LongDouble r = a.number().divide(b.number());
        if (a.number().isQuadMin() && b.number().numericEquals(MINUS_ONE)) {
            LOG.warn("overflow");
        }
        return ExprValue.number(r);
    }

    static ExprValue remainder(ExprValue a, ExprValue b) {
        if (!a.toNumber() || !b.toNumber()) {
            LOG.warn("non-numeric argument");
            return ExprValue.number(0);
        }
        if (b.number().isZero()) {
            LOG.warn("div by zero");
            return b;
        }
        return ExprValue.number(a.number().fmod(b.number()));
    }

    /** {@code a : regex} (anchored at the start) and {@code a =~ regex} (anywhere). */
    static ExprValue regex(ExprValue a, ExprValue b, boolean anchored) {
        a.toStringValue();
        b.toStringValue();
        a.stripQuotes();
        b.stripQuotes();
        Pattern p;
        try {
            p = DialplanRegex.compile(b.text(), false);
        } catch (DialplanRegex.SyntaxException e) {
            LOG.warn("regcomp() error : {}", e.getMessage());
            return ExprValue.string("");
        }
        Matcher m = p.matcher(a.text());
        if (m.find() && (!anchored || m.start() == 0)) {
            if (m.groupCount() >= 1 && m.start(1) >= 0) {
                return ExprValue.string(m.group(1));
            }
            return ExprValue.number(m.end() - m.start());
        }
        return m.groupCount() == 0 ? ExprValue.number(0) : ExprValue.string("");
    }

    /** {@code a ~~ b}: concatenation of the two texts, quotes stripped. */
    static ExprValue concat(ExprValue a, ExprValue b) {
        a.toStringValue();
        b.toStringValue();
        a.stripQuotes();
        b.stripQuotes();
        return ExprValue.string(a.text() + b.text());
    }

    /** chk_plus: two positives giving a non-positive, or two negatives a non-negative. */
    private static boolean plusOverflows(LongDouble a, LongDouble b, LongDouble r) {
        LongDouble zero = LongDouble.ZERO;
        if (a.greaterThan(zero) && b.greaterThan(zero) && (r.lessThan(zero) || r.numericEquals(zero))) {
            return true;
        }
        return a.lessThan(zero) && b.lessThan(zero) && (r.greaterThan(zero) || r.numericEquals(zero));
    }

    /** chk_minus: subtracting QUAD_MIN overflows for a >= 0; otherwise as a + (-b). */
    private static boolean minusOverflows(LongDouble a, LongDouble b, LongDouble r) {
        if (b.numericEquals(QUAD_MIN)) {
            return a.greaterThan(LongDouble.ZERO) || a.numericEquals(LongDouble.ZERO);
        }
        return plusOverflows(a, b.negate(), r);
    }
}
