package org.switchboard.pbx.dialplan.expr;

/**
 * A token of the {@code $[...]} scanner (ast_expr2.fl), with the offset the error caret points at.
 *
 * @param kind   what it is
 * @param text   the token's text (for {@link Kind#TOKEN} the operand, quotes included)
 * @param numeric for {@link Kind#TOKEN}: scanned as a number ({@code [0-9]+(\.[0-9]+)?})
 * @param offset where it starts in the expression
 */
record ExprToken(Kind kind, String text, boolean numeric, int offset) {

    /** Token kinds in bison's numbering order, with the names its error messages use. */
    enum Kind {
        COMMA("','"), COND("'?'"), COLONCOLON("'::'"), OR("'|'"), AND("'&'"), EQ("'='"), GT("'>'"), LT("'<'"),
        GE("'>='"), LE("'<='"), NE("'!='"), PLUS("'+'"), MINUS("'-'"), MULT("'*'"), DIV("'/'"), MOD("'%'"),
        COMPL("'!'"), COLON("':'"), EQTILDE("'=~'"), TILDETILDE("TOK_TILDETILDE"), RP("')'"), LP("'('"),
        TOKEN("'<token>'"), END("$end");

        private final String display;

        Kind(String display) {
            this.display = display;
        }

        /** How bison names it, after ast_expr2's token substitution. */
        String display() {
            return display;
        }
    }
}
