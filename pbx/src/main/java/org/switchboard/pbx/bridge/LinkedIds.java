package org.switchboard.pbx.bridge;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.event.ChannelSnapshotChanged;
import org.switchboard.pbx.event.PbxEvent;

/**
 * Linkedid propagation in bridges (bridge_channel.c ast_bridge_channel_update_linkedids): the
 * members of a bridge adopt the oldest linkedid among them. "Oldest" is the creation order of the
 * channel that started the linkedid (channel_internal_api.c ast_channel_internal_oldest_linkedid
 * compares its creation time, then its creation counter), so every new channel is given an order
 * when its first snapshot is published: its own for a new linkedid, its requestor's when it
 * inherited one.
 */
final class LinkedIds {
    /** The creation order of the channel a linkedid started with. */
    record Order(long value) { }

    private final Pbx pbx;
    private long next;

    LinkedIds(Pbx pbx) {
        this.pbx = pbx;
    }

    /** Bus subscriber: orders every new channel. */
    void onEvent(PbxEvent e) {
        if (!(e instanceof ChannelSnapshotChanged change) || change.previous() != null) {
            return;
        }
        SimChannel c = pbx.channels().byUniqueId(change.current().uniqueId()).orElse(null);
        if (c != null && c.attachment(Order.class) == null) {
            c.attach(Order.class, orderFor(c));
        }
    }

    private Order orderFor(SimChannel c) {
        if (!c.linkedId().equals(c.uniqueId())) {
            SimChannel root = pbx.channels().byUniqueId(c.linkedId()).orElse(null);
            if (root != null && root.attachment(Order.class) != null && root.linkedId().equals(root.uniqueId())) {
                return root.attachment(Order.class);
            }
            for (SimChannel other : pbx.channels().all()) {
                if (other != c && other.linkedId().equals(c.linkedId()) && other.attachment(Order.class) != null) {
                    return other.attachment(Order.class);
                }
            }
        }
        return new Order(next++);
    }

    private Order order(SimChannel c) {
        Order o = c.attachment(Order.class);
        if (o == null) {
            o = new Order(next++);
            c.attach(Order.class, o);
        }
        return o;
    }

    /** ast_bridge_channel_update_linkedids: everyone in the bridge (but {@code swap}) takes the oldest. */
    void update(Bridge bridge, BridgeChannel joining, BridgeChannel swap) {
        SimChannel oldest = joining.channel();
        for (BridgeChannel other : bridge.members()) {
            if (other != swap && order(other.channel()).value() < order(oldest).value()) {
                oldest = other.channel();
            }
        }
        copy(joining.channel(), oldest);
        for (BridgeChannel other : bridge.members()) {
            if (other != swap) {
                copy(other.channel(), oldest);
            }
        }
    }

    /** ast_channel_internal_copy_linkedid: a change republishes the snapshot (no event of its own). */
    private void copy(SimChannel dest, SimChannel source) {
        if (dest.linkedId().equals(source.linkedId()) && order(dest).equals(order(source))) {
            return;
        }
        dest.setLinkedId(source.linkedId());
        dest.attach(Order.class, order(source));
        dest.publishSnapshot();
    }
}
