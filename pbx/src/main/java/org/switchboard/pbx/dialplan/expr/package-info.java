/**
 * The {@code $[...]} expression language of ast_expr2.y / ast_expr2.fl: scanner, parser with
 * bison's error behaviour, operators with Asterisk's conversions, the built-in math functions,
 * and the x87 80-bit {@link org.switchboard.pbx.dialplan.expr.LongDouble} its numbers live in.
 */
package org.switchboard.pbx.dialplan.expr;
