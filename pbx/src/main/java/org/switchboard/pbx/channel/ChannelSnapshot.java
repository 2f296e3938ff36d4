package org.switchboard.pbx.channel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An immutable picture of a channel at one moment, what every channel event carries (spec 02
 * §1.1; stasis_channels.c ast_channel_snapshot). Events are rendered from snapshots only, never
 * from the live channel.
 *
 * @param managerVariables the manager.conf channelvars, evaluated when the snapshot was taken
 */
public record ChannelSnapshot(
        String name,
        String uniqueId,
        String linkedId,
        String tech,
        ChannelState state,
        Party caller,
        Party connected,
        String dnid,
        String language,
        String accountCode,
        String peerAccount,
        String context,
        String exten,
        int priority,
        String application,
        String applicationData,
        String bridgeId,
        Instant created,
        int hangupCause,
        int techCause,
        String hangupSource,
        long timeToHangup,
        boolean dead,
        List<Map.Entry<String, String>> managerVariables) {

    public ChannelSnapshot {
        managerVariables = List.copyOf(managerVariables);
    }

    /** spec 02 §2.6: the device is the channel name up to its last '-'. */
    public String deviceName() {
        int dash = name.lastIndexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    /** Context, exten and priority are unchanged (stasis_channels.c ast_channel_snapshot_cep_equal). */
    public boolean sameLocation(ChannelSnapshot o) {
        return context.equals(o.context) && exten.equals(o.exten) && priority == o.priority;
    }
}
