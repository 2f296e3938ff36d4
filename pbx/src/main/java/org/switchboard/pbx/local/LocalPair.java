package org.switchboard.pbx.local;

import org.switchboard.pbx.channel.SimChannel;

/**
 * The private state shared by the two halves of a Local channel (core_local.c local_pvt on top of
 * core_unreal.c ast_unreal_pvt): the owner ({@code ;1}, the side that was called) and the outbound
 * half ({@code ;2}, which runs the dialplan at {@code exten@context}).
 */
final class LocalPair {
    final String exten;
    final String context;
    /** The /n option; LocalOptimizeAway clears it (core_local.c manager_optimize_away). */
    boolean noOptimization;
    /** AST_UNREAL_OPTIMIZE_BEGUN: LocalOptimizationBegin was published for this pair. */
    boolean optimizeBegun;
    final boolean mohIntercept;
    SimChannel owner;
    SimChannel chan;
    /** Set once ;2 runs on its own (a PBX was started on it); then ;2 hangs itself up. */
    boolean caretaker;

    LocalPair(String exten, String context, boolean noOptimization, boolean mohIntercept) {
        this.exten = exten;
        this.context = context;
        this.noOptimization = noOptimization;
        this.mohIntercept = mohIntercept;
    }

    /** {@code exten@context}: the device name, and the channel names' stem. */
    String name() {
        return exten + "@" + context;
    }

    boolean isOwner(SimChannel c) {
        return c == owner;
    }

    /** The other half of {@code c}, or null when it is gone. */
    SimChannel other(SimChannel c) {
        return c == owner ? chan : owner;
    }
}
