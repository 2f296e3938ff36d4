package org.switchboard.pbx.dialplan;

import org.switchboard.pbx.dialplan.eval.DialplanRuntime;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.dialplan.eval.Substitution;

/**
 * Substitutes a hint's device list when the hint is added (pbx.c ast_add_extension2_lockopt):
 * Asterisk does it for non-pattern hints containing {@code ${}, on a dummy channel positioned on
 * the extension, so {@code ${EXTEN}} and {@code ${CONTEXT}} work and other variables come from the
 * globals.
 */
@FunctionalInterface
public interface HintExpander {
    /** The device list to store for {@code app}, added to {@code exten}@{@code context}. */
    String expand(String context, String exten, String app);

    /** Leaves the text as it is. */
    HintExpander NONE = (context, exten, app) -> app;

    /** Asterisk's expansion, with the globals and functions of {@code runtime}. */
    static HintExpander of(DialplanRuntime runtime) {
        return (context, exten, app) -> {
            EvalContext dummy = new EvalContext(runtime, new HintDummyChannel(context, exten));
            return Substitution.substitute(dummy, app, 8191);
        };
    }
}
