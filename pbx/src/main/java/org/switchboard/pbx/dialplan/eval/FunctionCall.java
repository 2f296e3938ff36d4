package org.switchboard.pbx.dialplan.eval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A function call {@code NAME(args)} split as pbx_functions.c {@code func_args} does: the name
 * ends at the first {@code (}, the arguments at the last {@code )}.
 *
 * @param name the function name
 * @param args the text between the parentheses ("" when there are none)
 */
record FunctionCall(String name, String args) {
    private static final Logger LOG = LoggerFactory.getLogger(FunctionCall.class);

    static FunctionCall parse(String call) {
        int open = call.indexOf('(');
        if (open < 0) {
            LOG.warn("Function '{}' doesn't contain parentheses.  Assuming null argument.", call);
            return new FunctionCall(call, "");
        }
        String name = call.substring(0, open);
        String rest = call.substring(open + 1);
        int close = rest.lastIndexOf(')');
        if (close < 0) {
            LOG.warn("Can't find trailing parenthesis for function '{}({}'?", name, rest);
            return new FunctionCall(name, rest);
        }
        return new FunctionCall(name, rest.substring(0, close));
    }
}
