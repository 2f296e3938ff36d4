package org.switchboard.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Timers pending on a server's PBX core: with a virtual clock, a test waits until the timer it
 * expects is scheduled before it moves time (a failed login's one-second delay is such a timer).
 */
public final class VirtualTimers {
    private VirtualTimers() { }

    /** How many timers the core holds now (cancelled ones included until they are due). */
    public static int pending(SwitchboardExtension sb) {
        CoreLoop core = sb.server().runtime().core();
        return core.submit(() -> {
            int[] count = {0};
            core.forEachTimer(due -> count[0]++);
            return count[0];
        }).join();
    }

    /** Waits until at least {@code count} timers are pending on the core. */
    public static void awaitPending(SwitchboardExtension sb, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(sb) >= count);
    }
}
