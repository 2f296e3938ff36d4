package org.switchboard.pbx.apps.dial;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.local.LocalOptimizer;

/**
 * Registers Dial and what calls bridged by it need: the Local channel optimization that runs when
 * both halves of a Local channel are in bridges.
 */
public final class DialApplications {
    private DialApplications() { }

    public static void registerAll(Pbx pbx) {
        pbx.applications().register(new Dial());
        LocalOptimizer.install(pbx);
    }
}
