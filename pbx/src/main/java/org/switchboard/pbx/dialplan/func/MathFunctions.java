package org.switchboard.pbx.dialplan.func;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;

/**
 * func_math.c (MATH, INC, DEC, MIN, MAX, ABS, DIGIT_SUM) and func_rand.c (RAND). These work in C
 * {@code double} and print with {@code %f} / {@code %d}, unlike {@code $[...]}.
 */
public final class MathFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(MathFunctions.class);
    private static final int RAND_MAX = Integer.MAX_VALUE;

    private MathFunctions() { }

    /** The functions of this group. */
    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readOnly("MATH", MathFunctions::math),
                DialplanFunction.readOnly("INC", MathFunctions::crement),
                DialplanFunction.readOnly("DEC", MathFunctions::crement),
                DialplanFunction.readOnly("MIN", (ctx, name, data) -> minMax(data, true)),
                DialplanFunction.readOnly("MAX", (ctx, name, data) -> minMax(data, false)),
                DialplanFunction.readOnly("ABS", MathFunctions::abs),
                DialplanFunction.readOnly("DIGIT_SUM", MathFunctions::digitSum),
                DialplanFunction.readOnly("RAND", MathFunctions::rand));
    }

    private enum Op { ADD, DIVIDE, MULTIPLY, SUBTRACT, MODULUS, POW, SHLEFT, SHRIGHT, AND, XOR, OR, GT, LT, GTE, LTE, EQ }

    /** MATH(number1 op number2[,type]) with type f(loat), i(nt), h(ex) or c(har). */
    private static String math(EvalContext ctx, String name, String parse) {
        if (parse.isEmpty()) {
            LOG.warn("Syntax: MATH(<number1><op><number 2>[,<type_of_result>]) - missing argument!");
            return null;
        }
        AppArgs args = AppArgs.standard(parse, 2);
        String expr = args.get(0);
        boolean negative = expr.startsWith("-");
        String v1 = negative ? expr.substring(1) : expr;
        Op op = null;
        int opAt = -1;
        int opLength = 1;
        String[][] search = {{"*", "MULTIPLY"}, {"/", "DIVIDE"}, {"%", "MODULUS"}, {"^", "POW"}, {"AND", "AND"},
            {"XOR", "XOR"}, {"OR", "OR"}};
        for (String[] s : search) {
            int i = v1.indexOf(s[0]);
            if (i >= 0) {
                op = Op.valueOf(s[1]);
                opAt = i;
                opLength = s[0].length();
                break;
            }
        }
        if (op == null) {
            int gt = v1.indexOf('>');
            int lt = v1.indexOf('<');
            int eq = v1.indexOf('=');
            if (gt >= 0) {
                opAt = gt;
                op = twoChar(v1, gt, Op.GT, Op.GTE, '>', Op.SHRIGHT);
                opLength = op == Op.GT ? 1 : 2;
            } else if (lt >= 0) {
                opAt = lt;
                op = twoChar(v1, lt, Op.LT, Op.LTE, '<', Op.SHLEFT);
                opLength = op == Op.LT ? 1 : 2;
            } else if (eq >= 0) {
                if (eq + 1 < v1.length() && v1.charAt(eq + 1) == '=') {
                    op = Op.EQ;
                    opAt = eq;
                    opLength = 2;
                } else {
                    opAt = eq;
                    opLength = -1;
                }
            } else if (v1.indexOf('+') >= 0) {
                op = Op.ADD;
                opAt = v1.indexOf('+');
            } else if (v1.indexOf('-') >= 0) {
                op = Op.SUBTRACT;
                opAt = v1.indexOf('-');
            }
        }
        String type = args.get(1);
        char resultType = 'f';
        if (type != null) {
            if (type.equalsIgnoreCase("float") || type.equalsIgnoreCase("f")) {
                resultType = 'f';
            } else if (type.equalsIgnoreCase("int") || type.equalsIgnoreCase("i")) {
                resultType = 'i';
            } else if (type.equalsIgnoreCase("hex") || type.equalsIgnoreCase("h")) {
                resultType = 'h';
            } else if (type.equalsIgnoreCase("char") || type.equalsIgnoreCase("c")) {
                resultType = 'c';
            } else {
                LOG.warn("Unknown type of result requested '{}'.", type);
                return null;
            }
        }
        if (op == null || opLength < 0) {
            LOG.warn("Supply all the parameters - just this once, please");
            return null;
        }
        String left = v1.substring(0, opAt);
        String right = v1.substring(opAt + opLength);
        Double n1 = CScan.scanDouble(left);
        if (n1 == null) {
            LOG.warn("'{}' is not a valid number", left);
            return null;
        }
        Double n2 = CScan.scanDouble(right);
        if (n2 == null) {
            LOG.warn("'{}' is not a valid number", right);
            return null;
        }
        double f1 = negative ? 0 - n1 : n1;
        double f2 = n2;
        double result;
        switch (op) {
            case ADD: result = f1 + f2; break;
            case DIVIDE: result = f2 <= 0 ? 0 : f1 / f2; break;
            case MULTIPLY: result = f1 * f2; break;
            case SUBTRACT: result = f1 - f2; break;
            case MODULUS: {
                int i1 = cInt(f1);
                int i2 = cInt(f2);
                result = i2 == 0 ? 0 : (i2 == -1 ? 0 : i1 % i2);
                break;
            }
            case POW: result = Math.pow(f1, f2); break;
            case SHLEFT: result = cInt(f1) << cInt(f2); break;
            case SHRIGHT: result = cInt(f1) >> cInt(f2); break;
            case AND: result = cInt(f1) & cInt(f2); break;
            case XOR: result = cInt(f1) ^ cInt(f2); break;
            case OR: result = cInt(f1) | cInt(f2); break;
            case GT: return f1 > f2 ? "TRUE" : "FALSE";
            case LT: return f1 < f2 ? "TRUE" : "FALSE";
            case GTE: return f1 >= f2 ? "TRUE" : "FALSE";
            case LTE: return f1 <= f2 ? "TRUE" : "FALSE";
            default: return f1 == f2 ? "TRUE" : "FALSE";
        }
        switch (resultType) {
            case 'i':
                return Integer.toString(cInt(result));
            case 'h':
                return Integer.toHexString((int) cLong(result));
            case 'c': {
                char c = (char) (cLong(result) & 0xff);
                // "%c" of NUL ends the C string
                return c == 0 ? "" : String.valueOf(c);
            }
            default:
                return fixed6(result);
        }
    }

    private static Op twoChar(String s, int at, Op single, Op withEquals, char doubled, Op withDoubled) {
        if (at + 1 < s.length() && s.charAt(at + 1) == '=') {
            return withEquals;
        }
        if (at + 1 < s.length() && s.charAt(at + 1) == doubled) {
            return withDoubled;
        }
        return single;
    }

    /** printf("%f"): six decimals of the exact binary value, ties to even. */
    static String fixed6(double v) {
        if (Double.isNaN(v)) {
            return (Double.doubleToRawLongBits(v) < 0 ? "-" : "") + "nan";
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? "-inf" : "inf";
        }
        String s = new BigDecimal(Math.abs(v)).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        return negative ? "-" + s : s;
    }

    /** C's (int) conversion of a double on x86-64: truncation, 0x80000000 when out of range. */
    static int cInt(double d) {
        if (Double.isNaN(d) || d >= 2147483648.0 || d <= -2147483649.0) {
            return Integer.MIN_VALUE;
        }
        return (int) d;
    }

    /** The 64-bit truncation gcc uses before narrowing to unsigned types. */
    private static long cLong(double d) {
        if (Double.isNaN(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** INC(var) / DEC(var): changes the variable and returns the new value. */
    private static String crement(EvalContext ctx, String name, String data) {
        if (data.isEmpty()) {
            LOG.warn("Syntax: {}(<data>) - missing argument!", name);
            return null;
        }
        if (!ctx.hasChannel()) {
            LOG.warn("No channel was provided to {} function.", name);
            return null;
        }
        String var = ctx.getVariable(data);
        if (var == null) {
            LOG.info("Failed to obtain variable {}, bailing out", data);
            return null;
        }
        if (var.isEmpty()) {
            LOG.info("Variable {} doesn't exist - are you sure you wrote it correctly?", data);
            return null;
        }
        CScan.IntScan n = CScan.scanDecimal(var, 0, 30);
        if (n == null && var.isBlank()) {
            // sscanf returns EOF on blank input, which Asterisk does not treat as a failure
            n = new CScan.IntScan(0, var.length());
        }
        if (n == null || n.end() < var.length()) {
            LOG.info("The content of ${{}} is not a numeric value - bailing out!", data);
            return null;
        }
        int value = name.equalsIgnoreCase("INC") ? n.value() + 1 : n.value() - 1;
        String text = Integer.toString(value);
        ctx.setVariable(data, text);
        return text;
    }

    private static String minMax(String parse, boolean min) {
        AppArgs args = AppArgs.standard(parse, 2);
        String a = args.get(0);
        String b = args.get(1);
        if (CStrings.isEmpty(a) && CStrings.isEmpty(b)) {
            LOG.error("Missing argument for number(s).");
            return null;
        }
        Double n1 = null;
        if (!CStrings.isEmpty(a)) {
            n1 = CScan.scanDouble(a);
            if (n1 == null) {
                LOG.warn("'{}' is not a valid number", a);
                return null;
            }
        }
        double n2;
        if (CStrings.isEmpty(b)) {
            n2 = n1;
        } else {
            Double v = CScan.scanDouble(b);
            if (v == null) {
                LOG.warn("'{}' is not a valid number", b);
                return null;
            }
            n2 = v;
        }
        double r;
        if (n1 == null) {
            r = n2;
        } else if (min) {
            r = n1 > n2 ? n2 : n1;
        } else {
            r = n1 < n2 ? n2 : n1;
        }
        return intOrFixed(r);
    }

    private static String intOrFixed(double r) {
        return cInt(r) == r ? Integer.toString(cInt(r)) : fixed6(r);
    }

    private static String abs(EvalContext ctx, String name, String parse) {
        AppArgs args = AppArgs.standard(parse, 1);
        String a = args.get(0);
        Double n = CStrings.isEmpty(a) ? null : CScan.scanDouble(a);
        if (n == null) {
            LOG.warn("Bad or missing argument for number: {}", a);
            return null;
        }
        return intOrFixed(Math.abs(n));
    }

    private static String digitSum(EvalContext ctx, String name, String parse) {
        if (parse.isEmpty()) {
            LOG.warn("Missing argument for number");
            return null;
        }
        int sum = 0;
        for (int i = 0; i < parse.length(); i++) {
            char c = parse.charAt(i);
            if (c >= '0' && c <= '9') {
                sum += c - '0';
            }
        }
        return Integer.toString(sum);
    }

    /** RAND([min][,max]): min defaults to 0, max to RAND_MAX; swapped when reversed. */
    private static String rand(EvalContext ctx, String name, String parse) {
        AppArgs args = AppArgs.standard(parse, 2);
        Integer min = CStrings.isEmpty(args.get(0)) ? null : CScan.scanInt(args.get(0));
        Integer max = CStrings.isEmpty(args.get(1)) ? null : CScan.scanInt(args.get(1));
        int lo = min == null ? 0 : min;
        int hi = max == null ? RAND_MAX : max;
        if (hi < lo) {
            int t = hi;
            hi = lo;
            lo = t;
        }
        long random = ctx.runtime().random().nextInt() & 0x7fffffffL;
        int span = hi - lo + 1;
        long offset = span == 0 ? random : random % span;
        return Integer.toString((int) (lo + offset));
    }
}
