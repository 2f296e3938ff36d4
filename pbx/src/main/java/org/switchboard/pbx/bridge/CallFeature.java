package org.switchboard.pbx.bridge;

import java.util.EnumSet;
import java.util.Set;

import org.switchboard.pbx.channel.SimChannel;

/**
 * The DTMF features a channel may use in a basic bridge (features.h AST_FEATURE_*), as Dial's
 * t/T, h/H, k/K and x/X options grant them. They are kept on the channel (bridge_basic.c's
 * "dtmf-features" datastore) and turned into DTMF hooks each time it enters a basic bridge.
 */
public enum CallFeature {
    /** blindxfer and atxfer. */
    REDIRECT,
    /** disconnect. */
    DISCONNECT,
    PARKCALL,
    AUTOMIXMON;

    /** The channel's granted features (the datastore). */
    private record Granted(Set<CallFeature> features) { }

    /** ast_bridge_features_ds_append: adds to what the channel already has. */
    public static void grant(SimChannel channel, Set<CallFeature> features) {
        EnumSet<CallFeature> all = EnumSet.noneOf(CallFeature.class);
        Granted g = channel.attachment(Granted.class);
        if (g != null) {
            all.addAll(g.features());
        }
        all.addAll(features);
        channel.attach(Granted.class, new Granted(Set.copyOf(all)));
    }

    /** The datastore follows a masquerade to the channel that took the identity. */
    static void move(SimChannel from, SimChannel to) {
        Granted g = from.attachment(Granted.class);
        if (g != null) {
            from.attach(Granted.class, null);
            to.attach(Granted.class, g);
        }
    }

    /** ast_bridge_features_ds_get. */
    public static Set<CallFeature> granted(SimChannel channel) {
        Granted g = channel.attachment(Granted.class);
        return g == null ? Set.of() : g.features();
    }
}
