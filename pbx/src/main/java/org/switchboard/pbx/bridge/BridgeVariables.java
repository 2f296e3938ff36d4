package org.switchboard.pbx.bridge;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.pbx.channel.SimChannel;

/**
 * BRIDGEPEER and BRIDGEPVTCALLID (bridge.c set_bridge_peer_vars and ast_bridge_vars_set): set on
 * both members of a two-party bridge, the first member first; a comma list of the others (at most
 * ten) in a bigger bridge; cleared when a channel leaves.
 */
final class BridgeVariables {
    private static final int MAX_PEER_NAMES = 10 + 1;

    private BridgeVariables() { }

    /**
     * ast_bridge_vars_set: both variables in one staged snapshot (a null value deletes, announced
     * only when the old value was not empty), and the snapshot published at the end as
     * ast_channel_stage_snapshot_done always does.
     */
    static void set(SimChannel chan, String peerName, String pvtId) {
        chan.stageSnapshot();
        chan.set("BRIDGEPEER", peerName);
        chan.set("BRIDGEPVTCALLID", pvtId);
        chan.unstageSnapshot();
    }

    /** set_bridge_peer_vars for a bridge whose membership changed. */
    static void update(List<BridgeChannel> members) {
        int n = members.size();
        if (n < 2) {
            return;
        }
        if (n == 2) {
            SimChannel c0 = members.get(0).channel();
            SimChannel c1 = members.get(1).channel();
            String c1Name = c1.name();
            String c1Pvt = c1.driver().pvtUniqueId(c1);
            set(c0, c1Name, c1Pvt);
            String c0Name = c0.name();
            String c0Pvt = c0.driver().pvtUniqueId(c0);
            set(c1, c0Name, c0Pvt);
            return;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(n, MAX_PEER_NAMES); i++) {
            names.add(members.get(i).channel().name());
        }
        String buf = "";
        for (int idx = 0; idx < n; idx++) {
            if (idx < names.size()) {
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < names.size(); j++) {
                    if (j == idx) {
                        continue;
                    }
                    if (b.length() > 0) {
                        b.append(',');
                    }
                    b.append(names.get(j));
                }
                buf = b.toString();
            }
            set(members.get(idx).channel(), buf, null);
        }
    }
}
