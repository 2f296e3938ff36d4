package org.switchboard.testkit.capture;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.switchboard.testkit.capture.StreamKey.Headers;
import org.switchboard.testkit.capture.StreamKey.Kind;

/**
 * Puts each captured block of one connection into its stream. Feed the blocks in order: lists are
 * tracked from their {@code EventList: start} response to their {@code EventList: Complete} event.
 * The first rule that fits wins.
 */
final class StreamClassifier {
    /** ActionIDs whose list is open (null for a request sent without one). */
    private final Set<String> openLists = new HashSet<>();

    StreamKey classify(List<String> lines) {
        Headers h = new Headers(lines);
        StreamKey key = reply(lines, h);
        if (key == null) {
            key = actionAnswer(h);
        }
        if (key == null) {
            key = callRecord(h);
        }
        if (key == null) {
            key = device(h);
        }
        if (key == null) {
            key = entity(h);
        }
        return key != null ? key : new StreamKey(Kind.MISC, null);
    }

    /**
     * The banner, a response, or an item of an open list (manager.c astman_send_listack). A list
     * is written by the session's thread while it runs the action, so no event comes between its
     * items in a capture; that is what lets a list opened without an ActionID be told apart.
     */
    private StreamKey reply(List<String> lines, Headers h) {
        StreamKey replies = new StreamKey(Kind.REPLIES, null);
        if (lines.size() == 1 && lines.get(0).startsWith("Asterisk Call Manager/")) {
            return replies;
        }
        String actionId = h.first("ActionID");
        if (h.first("Response") != null) {
            if ("start".equals(h.first("EventList"))) {
                openLists.add(actionId);
            }
            return replies;
        }
        if (h.first("Event") != null && openLists.contains(actionId)) {
            if ("Complete".equals(h.first("EventList"))) {
                openLists.remove(actionId);
            }
            return replies;
        }
        return null;
    }

    /**
     * An event carrying an ActionID outside a list answers an action on its own thread
     * (OriginateResponse comes from the originate thread, manager.c fast_originate), so it keeps no
     * order with the channel's events even though it names the channel.
     */
    private static StreamKey actionAnswer(Headers h) {
        String actionId = h.first("ActionID");
        return actionId != null && h.first("Event") != null ? new StreamKey(Kind.ACTION, actionId) : null;
    }

    /**
     * CEL and Cdr records come from their own subscriptions (cel.c, cdr.c), so they race with the
     * channel events; each channel's own records keep their order. LINKEDID_END is reported by
     * whichever channel of the linkedid ends last (cel.c check_retire_linkedid), a race between the
     * halves of a pair, so it is keyed by the linkedid rather than by the channel.
     */
    private static StreamKey callRecord(Headers h) {
        String event = h.first("Event");
        if ("CEL".equals(event)) {
            return "LINKEDID_END".equals(h.first("EventName"))
                    ? new StreamKey(Kind.LINKEDID_END, h.first("LinkedID"))
                    : new StreamKey(Kind.CEL, h.first("UniqueID"));
        }
        return "Cdr".equals(event) ? new StreamKey(Kind.CDR, h.first("UniqueID")) : null;
    }

    /** Device states come from their own thread (devicestate.c do_devstate_changes); per device, in order. */
    private static StreamKey device(Headers h) {
        return "DeviceStateChange".equals(h.first("Event")) ? new StreamKey(Kind.DEVICE, h.first("Device")) : null;
    }

    /**
     * An event with channel or bridge blocks belongs to the topic it was published on, and the
     * first identifier in the event names that topic: a channel event's own Uniqueid; for
     * DialBegin/DialEnd the caller's block, or the Dest block when there is no caller
     * (stasis_channels.c ast_channel_publish_dial_internal publishes on "caller ?: peer"); for
     * LocalBridge the LocalOne block (core_local.c publishes on the owner, the ;1 half); for
     * BridgeEnter/BridgeLeave/BridgeCreate/BridgeDestroy the BridgeUniqueid (stasis_bridges.c
     * publishes on the bridge's topic). One topic's messages keep their order on the way to AMI.
     */
    private static StreamKey entity(Headers h) {
        String id = h.firstEndingWith("uniqueid");
        return id != null ? new StreamKey(Kind.ENTITY, id) : null;
    }
}
