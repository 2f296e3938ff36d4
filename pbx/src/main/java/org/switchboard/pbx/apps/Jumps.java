package org.switchboard.pbx.apps;

import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.GotoTarget;

/** Moving a channel in the dialplan (pbx.c ast_explicit_goto). */
public final class Jumps {
    private Jumps() { }

    /**
     * ast_explicit_goto: sets context, extension and priority; a channel running the dialplan
     * gets the priority before the target, since the loop steps forward after the application.
     */
    public static void explicitGoto(SimChannel c, GotoTarget t) {
        if (t.context() != null && !t.context().isEmpty()) {
            c.setContext(t.context());
        }
        if (t.exten() != null && !t.exten().isEmpty()) {
            c.setExten(t.exten());
        }
        if (t.priority() > -1) {
            c.setPriority(c.inAutoloop() ? t.priority() - 1 : t.priority());
        }
    }
}
