package org.switchboard.pbx.bridge;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.dialplan.GotoTarget;
import org.switchboard.pbx.exec.PbxRun;

/**
 * Where a channel goes when it leaves a bridge (bridge_after.c): a dialplan location kept on the
 * channel ("after-bridge-goto" datastore), set by the Bridge action, Dial's F option and
 * transfers; and an after-bridge callback. An async goto (Redirect) takes precedence.
 */
public final class AfterBridge {
    private AfterBridge() { }

    /** The after-bridge goto datastore. */
    private record Goto(boolean specific, String context, String exten, int priority, String parseable) { }

    /** The after-bridge callback datastore: run when the channel leaves, or told why not. */
    private record Callback(Runnable onLeave, Runnable onDiscard) { }

    /** ast_bridge_set_after_goto: exactly that location. */
    public static void setGoto(SimChannel chan, String context, String exten, int priority) {
        set(chan, new Goto(true, context, exten, priority, null));
    }

    /**
     * ast_bridge_set_after_go_on: with {@code parseableGoto} a Goto relative to the location, else
     * the location's next priority if it exists.
     */
    public static void setGoOn(SimChannel chan, String context, String exten, int priority, String parseableGoto) {
        String p = parseableGoto == null || parseableGoto.isEmpty() ? null : parseableGoto.replace('^', ',');
        set(chan, new Goto(false, context, exten, priority, p));
    }

    private static void set(SimChannel chan, Goto g) {
        if (g.context() == null || g.exten() == null || g.priority() < 1) {
            return;
        }
        chan.attach(Goto.class, g);
    }

    /** ast_bridge_discard_after_goto. */
    public static void discardGoto(SimChannel chan) {
        chan.attach(Goto.class, null);
    }

    /** Whether an after-bridge goto is set. */
    public static boolean hasGoto(SimChannel chan) {
        return chan.attachment(Goto.class) != null;
    }

    /**
     * ast_bridge_setup_after_goto: puts the channel at its after-bridge location (an async goto
     * already did). 0 when it has a location to run, -1 when not (or it is hung up).
     */
    public static int setupGoto(Pbx pbx, SimChannel chan) {
        if ((chan.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0) {
            chan.clearSoftHangup(SoftHangup.ASYNCGOTO);
            return chan.checkHangup() ? -1 : 0;
        }
        Goto g = chan.attachment(Goto.class);
        if (g == null) {
            return -1;
        }
        chan.attach(Goto.class, null);
        if (chan.checkHangup()) {
            return -1;
        }
        chan.clearOutgoing();
        int failed;
        if (g.specific()) {
            failed = AsyncGoto.explicitGoto(chan, g.context(), g.exten(), g.priority());
        } else if (g.parseable() != null) {
            String ctx = chan.context();
            String ext = chan.exten();
            int pri = chan.priority();
            AsyncGoto.explicitGoto(chan, g.context(), g.exten(), g.priority());
            GotoTarget t = GotoTarget.parse(g.parseable(), new GotoTarget.Position(chan.context(), chan.exten(),
                    chan.priority(), callerNumber(chan)), pbx.dialplan(), pbx.clock().now());
            if (t == null) {
                chan.setLocation(ctx, ext, pri);
                failed = -1;
            } else {
                failed = AsyncGoto.explicitGoto(chan, t.context(), t.exten(), t.priority());
            }
        } else {
            failed = gotoIfExists(pbx, chan, g.context(), g.exten(), g.priority() + 1);
        }
        if (failed == 0 && chan.inAutoloop()) {
            chan.setPriority(chan.priority() + 1);
        }
        return failed;
    }

    /** ast_goto_if_exists. */
    static int gotoIfExists(Pbx pbx, SimChannel chan, String context, String exten, int priority) {
        String ctx = context == null || context.isEmpty() ? chan.context() : context;
        String ext = exten == null || exten.isEmpty() ? chan.exten() : exten;
        if (!pbx.extensionExists(ctx, ext, priority, callerNumber(chan))) {
            return -1;
        }
        return AsyncGoto.explicitGoto(chan, context, exten, priority);
    }

    /**
     * ast_bridge_run_after_goto: the channel runs dialplan from its after-bridge location, or is
     * hung up when it has none.
     */
    public static void runGoto(Pbx pbx, SimChannel chan) {
        if (setupGoto(pbx, chan) != 0) {
            chan.hangup();
            return;
        }
        PbxRun.start(pbx, chan);
    }

    /** ast_bridge_set_after_callback. */
    public static void setCallback(SimChannel chan, Runnable onLeave, Runnable onDiscard) {
        discardCallback(chan);
        chan.attach(Callback.class, new Callback(onLeave, onDiscard));
    }

    /** ast_bridge_discard_after_callback. */
    public static void discardCallback(SimChannel chan) {
        Callback c = chan.attachment(Callback.class);
        if (c != null) {
            chan.attach(Callback.class, null);
            if (c.onDiscard() != null) {
                c.onDiscard().run();
            }
        }
    }

    /** The after-bridge datastores move with a masquerade (after_bridge_goto_fixup keeps one). */
    static void moveAll(SimChannel from, SimChannel to) {
        Goto g = from.attachment(Goto.class);
        if (g != null) {
            from.attach(Goto.class, null);
            to.attach(Goto.class, g);
        }
        Callback c = from.attachment(Callback.class);
        if (c != null) {
            from.attach(Callback.class, null);
            to.attach(Callback.class, c);
        }
    }

    /** ast_bridge_run_after_callback. */
    static void runCallback(SimChannel chan) {
        Callback c = chan.attachment(Callback.class);
        if (c != null) {
            chan.attach(Callback.class, null);
            c.onLeave().run();
        }
    }

    private static String callerNumber(SimChannel c) {
        return c.caller().numberValid() ? c.caller().number() : null;
    }
}
