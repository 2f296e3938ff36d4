package org.switchboard.pbx.dialplan.expr;

/**
 * What {@code $[...]} needs from the dialplan around it: calling a dialplan function written as
 * {@code FUNC(args)} inside the expression (ast_expr2.y {@code op_func}, for names that are not
 * one of its built-in math functions).
 */
@FunctionalInterface
public interface ExpressionHost {
    /**
     * Reads dialplan function {@code name} with the comma-joined {@code args}, as op_func does:
     * only functions with a plain read callback, only with a channel, the result cut to 511
     * chars. Returns null (after logging Asterisk's complaint) when the function cannot be
     * called; the expression then uses 0.
     */
    String readFunctionInExpression(String name, String args);

    /** A host with no functions and no channel, as Asterisk has while loading [globals]. */
    ExpressionHost NONE = (name, args) -> null;
}
