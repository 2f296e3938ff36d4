package org.switchboard.pbx.local;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.BridgeChannel;
import org.switchboard.pbx.bridge.UnrealOptimization;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.event.LocalOptimizationFinished;
import org.switchboard.pbx.event.LocalOptimizationStarted;

/**
 * When a Local channel optimizes itself away (core_unreal.c got_optimized_out, core_local.c's
 * optimization callbacks): Asterisk tries at every audio frame written to a half; here the attempt
 * is made once both halves are in bridges — when the second half has entered its bridge, with the
 * half bridged first as the one carrying media — and when LocalOptimizeAway asks for it. Pairs
 * made with {@code /n} never optimize until LocalOptimizeAway.
 */
public final class LocalOptimizer {
    private final Pbx pbx;

    private LocalOptimizer(Pbx pbx) {
        this.pbx = pbx;
    }

    /** Hooks the optimization into the bridging core. */
    public static void install(Pbx pbx) {
        LocalOptimizer o = new LocalOptimizer(pbx);
        pbx.bridges().onJoined(o::joined);
    }

    private void joined(BridgeChannel bc) {
        SimChannel half = bc.channel();
        LocalPair pair = half.attachment(LocalPair.class);
        if (pair == null || pair.noOptimization) {
            return;
        }
        SimChannel other = pair.other(half);
        if (other == null || BridgeChannel.of(other) == null) {
            return;
        }
        // the attempt comes with the next audio frame, after the joins in progress are complete
        pbx.core().execute(() -> attempt(pbx, half.attachment(LocalPair.class), other, half));
    }

    /**
     * LocalOptimizeAway (core_local.c manager_optimize_away): clears the pair's /n and tries to
     * optimize now. False when {@code chan} is not a Local channel.
     */
    public static boolean optimizeAway(Pbx pbx, SimChannel chan) {
        LocalPair pair = chan.attachment(LocalPair.class);
        if (pair == null) {
            return false;
        }
        pair.noOptimization = false;
        pbx.core().execute(() -> {
            if (pair.owner != null && pair.chan != null) {
                attempt(pbx, pair, pair.owner, pair.chan);
            }
        });
        return true;
    }

    /** got_optimized_out with {@code chan} the half written to. */
    private static void attempt(Pbx pbx, LocalPair pair, SimChannel chan, SimChannel peer) {
        if (pair == null || pair.noOptimization || pair.owner == null || pair.chan == null
                || chan.attachment(LocalPair.class) != pair || peer.attachment(LocalPair.class) != pair) {
            return;
        }
        UnrealOptimization.optimizeOut(pbx, chan, peer, pair.owner, new UnrealOptimization.Callbacks() {
            @Override
            public void started(SimChannel source, boolean destOwner, long id) {
                if (pair.optimizeBegun || pair.owner == null || pair.chan == null) {
                    return;
                }
                pair.optimizeBegun = true;
                pbx.publish(new LocalOptimizationStarted(pair.owner.snapshot(), pair.chan.snapshot(),
                        source == null ? null : source.snapshot(), destOwner, id));
            }

            @Override
            public void finished(boolean success, long id) {
                if (pair.owner == null || pair.chan == null) {
                    return;
                }
                pbx.publish(new LocalOptimizationFinished(pair.owner.snapshot(), pair.chan.snapshot(), success, id));
            }
        });
    }
}
