package org.switchboard.pbx.dialplan.expr;

import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The math functions ast_expr2.y evaluates itself inside {@code $[...]} (op_func): COS, SIN, TAN,
 * ACOS, ASIN, ATAN, ATAN2, POW, SQRT, FLOOR, CEIL, ROUND, RINT, TRUNC, EXP, EXP2, EXP10, LOG,
 * LOG2, LOG10, REMAINDER and ABS, each on long doubles. A wrong number of arguments gives 0 and
 * the warning {@code Wrong args to NAME() function}.
 *
 * <p>SQRT, FLOOR, CEIL, ROUND, RINT, TRUNC, REMAINDER, ABS and POW with an integral exponent are
 * computed exactly as the x87 unit does. Limits: the transcendental functions (and POW with a
 * fractional exponent) are computed in double precision, so their last two or three printed
 * digits may differ from Asterisk's 18; a non-numeric argument counts as 0 (Asterisk reads
 * undefined memory there).
 */
final class ExprMath {
    private static final Logger LOG = LoggerFactory.getLogger(Expression.class);

    private static final Map<String, UnaryOperator<LongDouble>> UNARY = Map.ofEntries(
            Map.entry("COS", viaDouble(Math::cos)),
            Map.entry("SIN", viaDouble(Math::sin)),
            Map.entry("TAN", viaDouble(Math::tan)),
            Map.entry("ACOS", viaDouble(Math::acos)),
            Map.entry("ASIN", viaDouble(Math::asin)),
            Map.entry("ATAN", viaDouble(Math::atan)),
            Map.entry("SQRT", LongDouble::sqrt),
            Map.entry("FLOOR", LongDouble::floor),
            Map.entry("CEIL", LongDouble::ceil),
            Map.entry("ROUND", LongDouble::roundHalfAway),
            Map.entry("RINT", LongDouble::rint),
            Map.entry("TRUNC", LongDouble::trunc),
            Map.entry("EXP", viaDouble(Math::exp)),
            Map.entry("EXP2", x -> powOrDouble(LongDouble.of(2), x)),
            Map.entry("EXP10", x -> powOrDouble(LongDouble.of(10), x)),
            Map.entry("LOG", viaDouble(Math::log)),
            Map.entry("LOG2", viaDouble(v -> Math.log(v) / Math.log(2))),
            Map.entry("LOG10", viaDouble(Math::log10)),
            Map.entry("ABS", LongDouble::abs));

    private static final Map<String, BinaryOperator<LongDouble>> BINARY = Map.of(
            "ATAN2", (y, x) -> LongDouble.of(Math.atan2(y.toDouble(), x.toDouble())),
            "POW", ExprMath::powOrDouble,
            "REMAINDER", LongDouble::remainder);

    private ExprMath() { }

    /** True when {@code name} is one of the built-in math functions. */
    static boolean isMathFunction(String name) {
        return UNARY.containsKey(name) || BINARY.containsKey(name);
    }

    /** Evaluates a built-in math function on the evaluated arguments. */
    static ExprValue apply(String name, List<ExprValue> args) {
        UnaryOperator<LongDouble> unary = UNARY.get(name);
        if (unary != null) {
            if (args.size() != 1) {
                LOG.warn("Wrong args to {}() function", name);
                return ExprValue.number(0);
            }
            return ExprValue.number(unary.apply(numberOf(args.get(0))));
        }
        if (args.size() != 2) {
            LOG.warn("Wrong args to {}() function", name);
            return ExprValue.number(0);
        }
        return ExprValue.number(BINARY.get(name).apply(numberOf(args.get(0)), numberOf(args.get(1))));
    }

    private static LongDouble numberOf(ExprValue v) {
        return v.toNumber() ? v.number() : LongDouble.ZERO;
    }

    private static UnaryOperator<LongDouble> viaDouble(java.util.function.DoubleUnaryOperator f) {
        return x -> LongDouble.of(f.applyAsDouble(x.toDouble()));
    }

    private static final LongDouble HALF = LongDouble.ONE.divide(LongDouble.of(2));

    private static LongDouble powOrDouble(LongDouble base, LongDouble exponent) {
        LongDouble exact = base.powInteger(exponent);
        if (exact != null) {
            return exact;
        }
        if (exponent.numericEquals(HALF) && !base.isNegative()) {
            // powl(x, 0.5) is the correctly rounded square root
            return base.sqrt();
        }
        return LongDouble.of(Math.pow(base.toDouble(), exponent.toDouble()));
    }
}
