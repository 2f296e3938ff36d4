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
 * <p>SQRT, FLOOR, CEIL, ROUND, RINT, TRUNC, REMAINDER, ABS and integral powers are exact; the
 * transcendental functions are computed with 60 digits and rounded once ({@link ExactMath}).
 * Limits: a non-numeric argument counts as 0 (Asterisk reads undefined memory there).
 */
final class ExprMath {
    private static final Logger LOG = LoggerFactory.getLogger(Expression.class);

    private static final Map<String, UnaryOperator<LongDouble>> UNARY = Map.ofEntries(
            Map.entry("COS", ExactMath::cos),
            Map.entry("SIN", ExactMath::sin),
            Map.entry("TAN", ExactMath::tan),
            Map.entry("ACOS", ExactMath::acos),
            Map.entry("ASIN", ExactMath::asin),
            Map.entry("ATAN", ExactMath::atan),
            Map.entry("SQRT", LongDouble::sqrt),
            Map.entry("FLOOR", LongDouble::floor),
            Map.entry("CEIL", LongDouble::ceil),
            Map.entry("ROUND", LongDouble::roundHalfAway),
            Map.entry("RINT", LongDouble::rint),
            Map.entry("TRUNC", LongDouble::trunc),
            Map.entry("EXP", ExactMath::exp),
            Map.entry("EXP2", x -> exact(LongDouble.of(2), x, ExactMath::exp2)),
            Map.entry("EXP10", x -> exact(LongDouble.of(10), x, ExactMath::exp10)),
            Map.entry("LOG", ExactMath::log),
            Map.entry("LOG2", ExactMath::log2),
            Map.entry("LOG10", ExactMath::log10),
            Map.entry("ABS", LongDouble::abs));

    private static final Map<String, BinaryOperator<LongDouble>> BINARY = Map.of(
            "ATAN2", ExactMath::atan2,
            "POW", ExprMath::pow,
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

    /** An integral power when it is one (exact), else the general function. */
    private static LongDouble exact(LongDouble base, LongDouble x, UnaryOperator<LongDouble> general) {
        LongDouble p = base.powInteger(x);
        return p != null ? p : general.apply(x);
    }

    private static LongDouble pow(LongDouble base, LongDouble exponent) {
        LongDouble p = base.powInteger(exponent);
        return p != null ? p : ExactMath.pow(base, exponent);
    }
}
