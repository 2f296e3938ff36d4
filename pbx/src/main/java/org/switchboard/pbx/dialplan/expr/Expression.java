package org.switchboard.pbx.dialplan.expr;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.expr.ExprToken.Kind;

/**
 * Evaluates the text of a {@code $[...]} as Asterisk's ast_expr2 parser does ({@code ast_expr}).
 *
 * <p>Grammar, loosest first: {@code a ? b :: c} (left-associative), {@code |}, {@code &}, the
 * comparisons {@code = == != < > <= >=}, {@code + -}, {@code * / %}, the prefix operators
 * {@code -} and {@code !}, then {@code : =~ ~~} (which bind tighter than the prefixes:
 * {@code -2 : 1} is {@code -(2 : 1)}), parentheses, and {@code NAME(arg, ...)} function calls.
 *
 * <p>Values and results follow ast_expr2.y: numbers are 80-bit long doubles printed with
 * {@code %.18Lg} ({@link LongDouble}); comparisons are numeric unless an operand is a non-numeric
 * string; {@code "quotes"} stay part of a string; {@code 1 / 0} is 2147483647 with a warning; a
 * non-numeric operand of arithmetic warns {@code non-numeric argument}.
 *
 * <p>Syntax errors are logged as ast_yyerror does (bison's message with the token names ast_expr2
 * substitutes, the input and a caret). The result then is what bison had reduced: the value of a
 * complete leading expression ({@code 1 + 2 3} gives 3), nothing for a lone operator
 * ({@code $[)]}), otherwise 0.
 */
public final class Expression {
    private static final Logger LOG = LoggerFactory.getLogger(Expression.class);

    private static final String OPERAND_START = "'-' or '!' or '(' or '<token>'";
    private static final int PREC_COND = 1;
    private static final int PREC_UNARY = 7;

    private final String input;
    private final ExprLexer lexer;
    private final ExpressionHost host;
    private ExprToken look;

    private Expression(String input, ExpressionHost host) {
        this.input = input;
        this.lexer = new ExprLexer(input);
        this.host = host;
    }

    /**
     * The text Asterisk substitutes for {@code $[input]}: the value, {@code ""} for an empty
     * expression, {@code "0"} when a syntax error left no value.
     */
    public static String evaluate(String input, ExpressionHost host) {
        return new Expression(input, host).run();
    }

    private String run() {
        advance();
        if (!startsOperand(look.kind())) {
            // bison's start state reduces the empty expression before it looks at this token
            if (look.kind() != Kind.END) {
                syntaxError(look, "$end");
            }
            return "";
        }
        ExprValue value;
        try {
            value = parseExpr(PREC_COND);
        } catch (SyntaxError e) {
            syntaxError(e.token, e.expected);
            return "0";
        }
        if (look.kind() != Kind.END) {
            syntaxError(look, "$end");
        }
        return value.render();
    }

    private void advance() {
        look = lexer.next();
    }

    private static boolean startsOperand(Kind k) {
        return k == Kind.TOKEN || k == Kind.LP || k == Kind.MINUS || k == Kind.COMPL;
    }

    private ExprValue parseExpr(int minPrec) {
        ExprValue left = parsePrefix();
        while (true) {
            Kind k = look.kind();
            if (k == Kind.COND && minPrec <= PREC_COND) {
                advance();
                ExprValue middle = parseExpr(PREC_COND);
                if (look.kind() != Kind.COLONCOLON) {
                    throw new SyntaxError(look, null);
                }
                advance();
                ExprValue right = parseExpr(PREC_COND + 1);
                left = ExprOps.cond(left, middle, right);
                continue;
            }
            int prec = binaryPrecedence(k);
            if (prec < 0 || prec < minPrec) {
                return left;
            }
            advance();
            ExprValue right = parseExpr(prec + 1);
            left = apply(k, left, right);
        }
    }

    private ExprValue parsePrefix() {
        Kind k = look.kind();
        if (k == Kind.MINUS || k == Kind.COMPL) {
            advance();
            ExprValue operand = parseExpr(PREC_UNARY);
            return k == Kind.MINUS ? ExprOps.negate(operand) : ExprOps.complement(operand);
        }
        return parsePrimary();
    }

    private ExprValue parsePrimary() {
        ExprToken t = look;
        if (t.kind() == Kind.TOKEN) {
            advance();
            if (look.kind() == Kind.LP) {
                advance();
                List<ExprValue> args = parseArguments();
                if (look.kind() != Kind.RP) {
                    throw new SyntaxError(look, "',' or ')'");
                }
                advance();
                return call(t.text(), args);
            }
            return ExprValue.token(t.text(), t.numeric());
        }
        if (t.kind() == Kind.LP) {
            advance();
            if (!startsOperand(look.kind())) {
                throw new SyntaxError(look, OPERAND_START);
            }
            ExprValue v = parseExpr(PREC_COND);
            if (look.kind() != Kind.RP) {
                throw new SyntaxError(look, null);
            }
            advance();
            return v;
        }
        throw new SyntaxError(t, OPERAND_START);
    }

    private List<ExprValue> parseArguments() {
        List<ExprValue> args = new ArrayList<>();
        if (!startsOperand(look.kind())) {
            throw new SyntaxError(look, OPERAND_START);
        }
        args.add(parseExpr(PREC_COND));
        while (look.kind() == Kind.COMMA) {
            advance();
            // "f(a,)" and "f(a,,b)": an argument left out is an empty string
            args.add(startsOperand(look.kind()) ? parseExpr(PREC_COND) : ExprValue.string(""));
        }
        return args;
    }

    private static int binaryPrecedence(Kind k) {
        switch (k) {
            case OR: return 2;
            case AND: return 3;
            case EQ: case GT: case LT: case GE: case LE: case NE: return 4;
            case PLUS: case MINUS: return 5;
            case MULT: case DIV: case MOD: return 6;
            case COLON: case EQTILDE: case TILDETILDE: return 8;
            default: return -1;
        }
    }

    private static ExprValue apply(Kind k, ExprValue a, ExprValue b) {
        switch (k) {
            case OR: return ExprOps.or(a, b);
            case AND: return ExprOps.and(a, b);
            case PLUS: return ExprOps.plus(a, b);
            case MINUS: return ExprOps.minus(a, b);
            case MULT: return ExprOps.times(a, b);
            case DIV: return ExprOps.divide(a, b);
            case MOD: return ExprOps.remainder(a, b);
            case COLON: return ExprOps.regex(a, b, true);
            case EQTILDE: return ExprOps.regex(a, b, false);
            case TILDETILDE: return ExprOps.concat(a, b);
            default: return ExprOps.compare(k, a, b);
        }
    }

    /** op_func. */
    private ExprValue call(String name, List<ExprValue> args) {
        if (!isPossibleFunctionName(name)) {
            LOG.error("Error! '{}' is not possibly a function name!", name);
            return ExprValue.number(0);
        }
        if (ExprMath.isMathFunction(name)) {
            return ExprMath.apply(name, args);
        }
        String argbuf = composeArguments(args);
        String result = host.readFunctionInExpression(name, argbuf);
        if (result == null) {
            return ExprValue.number(0);
        }
        if (isReallyNumber(result)) {
            return ExprValue.number(LongDouble.parse(result).value());
        }
        return ExprValue.string(result);
    }

    private static boolean isPossibleFunctionName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** compose_func_args: numbers as {@code %.18Lg}, strings as they are (quotes included), joined by commas. */
    private static String composeArguments(List<ExprValue> args) {
        int allocated = 1;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            ExprValue v = args.get(i);
            if (i > 0) {
                allocated++;
                out.append(',');
            }
            if (v.type() == ExprValue.Type.NUMBER) {
                allocated += 25;
            } else {
                allocated += v.text().length();
            }
            out.append(v.render());
        }
        // Asterisk really logs these two at NOTICE on every function call inside $[...]
        LOG.info("argbuf allocated {} bytes;", allocated);
        LOG.info("argbuf uses {} bytes;", out.length());
        return out.toString();
    }

    /** is_really_num: only {@code -0123456789.}, blanks and tabs (an empty text qualifies). */
    private static boolean isReallyNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("-0123456789. \t".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private void syntaxError(ExprToken at, String expected) {
        StringBuilder message = new StringBuilder("syntax error, unexpected ").append(at.kind().display());
        if (expected != null) {
            message.append(", expecting ").append(expected);
        }
        String caret = " ".repeat(at.offset()) + "^";
        LOG.warn("ast_yyerror():  syntax error: {}; Input:\n{}\n{}", message, input, caret);
        LOG.warn("If you have questions, please refer to "
                + "https://docs.asterisk.org/Configuration/Dialplan/Variables/Channel-Variables/");
    }

    /** Where bison gives up, and what it would have accepted there (null: too many to list). */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ExprToken token;
        final String expected;

        SyntaxError(ExprToken token, String expected) {
            super(null, null, false, false);
            this.token = token;
            this.expected = expected;
        }
    }
}
