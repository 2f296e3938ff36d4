package org.switchboard.pbx.dialplan.func;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;

/**
 * SHELL (func_shell.c), registered so that it is listed and recognised, but refused: Switchboard
 * never runs commands. Every read answers as Asterisk does when it blocks this dangerous function
 * ({@code Dangerous function SHELL read blocked}, nothing substituted).
 */
public final class ShellFunction {
    private static final Logger LOG = LoggerFactory.getLogger(ShellFunction.class);

    private ShellFunction() { }

    /** The SHELL function. */
    public static DialplanFunction function() {
        return DialplanFunction.readOnly("SHELL", (ctx, name, data) -> {
            LOG.error("Dangerous function {} read blocked", name);
            return null;
        }).escalatingRead();
    }
}
