package org.switchboard.pbx.apps;

import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.exec.ApplicationRegistry;

/** The built-in applications of pbx_builtins.c and the small apps every dialplan uses. */
public final class CoreApplications {
    private CoreApplications() { }

    public static void registerAll(ApplicationRegistry registry) {
        registry.register(new Answer())
                .register(new Hangup())
                .register(new Wait())
                .register(new NoOp())
                .register(new Echo())
                .register(new Set())
                .register(new MSet())
                .register(new VerboseApp())
                .register(new Log())
                .register(new UserEvent())
                .register(BusyTone.busy())
                .register(BusyTone.congestion())
                .register(new Indicate("Progress", Control.PROGRESS))
                .register(new Indicate("Ringing", Control.RINGING))
                .register(new Indicate("Proceeding", Control.PROCEEDING))
                .register(new Goto())
                .register(new GotoIf())
                .register(new ExecIf());
    }
}
