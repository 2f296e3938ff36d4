package org.switchboard.pbx.apps.control;

import org.switchboard.pbx.chanfunc.DialedCauses;
import org.switchboard.pbx.exec.ApplicationRegistry;
import org.switchboard.pbx.media.MediaApplications;
import org.switchboard.pbx.stack.StackApplications;

/**
 * Every application beyond the core set (apps/CoreApplications): the Gosub stack, sounds and
 * digits, flow control, HangupCauseClear.
 */
public final class MoreApplications {
    private MoreApplications() { }

    public static void registerAll(ApplicationRegistry registry) {
        StackApplications.registerAll(registry);
        MediaApplications.registerAll(registry);
        ControlApplications.registerAll(registry);
        registry.register(DialedCauses.clearApplication());
    }
}
