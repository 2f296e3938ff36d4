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
 * @param amaFlags        AMA flags (1 OMIT, 2 BILLING, 3 DOCUMENTATION, the default), for CDR and CEL
 * @param userField       the channel's user field (CHANNEL(userfield)), for CEL
 * @param callerAni       the caller's ANI number ("" when none), for CEL
 * @param outgoing        AST_FLAG_OUTGOING: the channel was called
 * @param originated      AST_FLAG_ORIGINATED: the channel was called by Originate (dial API)
 * @param softHangupFlags the soft hangup flags ({@link SoftHangup}) when the snapshot was taken
 * @param inSubroutine    AST_FLAG_SUBROUTINE_EXEC: the channel was running a Gosub subroutine
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
        List<Map.Entry<String, String>> managerVariables,
        int amaFlags,
        String userField,
        String callerAni,
        boolean outgoing,
        boolean originated,
        int softHangupFlags,
        boolean inSubroutine) {

    /** AST_AMA_DOCUMENTATION, what a new channel gets (channel.c DEFAULT_AMA_FLAGS). */
    public static final int DEFAULT_AMA_FLAGS = 3;

    public ChannelSnapshot {
        managerVariables = List.copyOf(managerVariables);
    }

    /** A snapshot without the CDR/CEL details (default AMA flags, no flags set). */
    public ChannelSnapshot(String name, String uniqueId, String linkedId, String tech, ChannelState state, Party caller,
                           Party connected, String dnid, String language, String accountCode, String peerAccount,
                           String context, String exten, int priority, String application, String applicationData,
                           String bridgeId, Instant created, int hangupCause, int techCause, String hangupSource,
                           long timeToHangup, boolean dead, List<Map.Entry<String, String>> managerVariables) {
        this(name, uniqueId, linkedId, tech, state, caller, connected, dnid, language, accountCode, peerAccount,
                context, exten, priority, application, applicationData, bridgeId, created, hangupCause, techCause,
                hangupSource, timeToHangup, dead, managerVariables, DEFAULT_AMA_FLAGS, "", "", false, false, 0, false);
    }

    /** cdr.c snapshot_is_dialed: called by a dialing channel (not by Originate). */
    public boolean dialed() {
        return outgoing && !originated;
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
