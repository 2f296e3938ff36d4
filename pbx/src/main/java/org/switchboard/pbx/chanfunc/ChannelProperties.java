package org.switchboard.pbx.chanfunc;

import java.util.LinkedHashSet;
import java.util.Set;

import org.switchboard.pbx.channel.SimChannel;

/**
 * The channel properties that only CHANNEL() reads and writes (struct ast_channel fields with no
 * event of their own): music class, parking lot, user field, groups, AMA flags, transfer
 * capability, max forwards, tenant id, ADSI, tone zone, DTMF features, after-bridge goto and the
 * secure-bridge flags. A channel attachment with Asterisk's defaults.
 */
public final class ChannelProperties {
    /** AST_AMA_DOCUMENTATION, DEFAULT_AMA_FLAGS. */
    public static final int DEFAULT_AMA_FLAGS = 3;
    /** DEFAULT_MAX_FORWARDS. */
    public static final int DEFAULT_MAX_FORWARDS = 20;

    String musicClass = "";
    String parkingLot = "";
    String userField = "";
    long callGroup;
    long pickupGroup;
    Set<String> namedCallGroups = new LinkedHashSet<>();
    Set<String> namedPickupGroups = new LinkedHashSet<>();
    int amaFlags = DEFAULT_AMA_FLAGS;
    int transferCapability;
    int maxForwards = DEFAULT_MAX_FORWARDS;
    String tenantId = "";
    String adsiCpe = "unknown";
    String toneZone;
    String dtmfFeatures;
    String afterBridgeGoto = "";
    boolean secureSignaling;
    boolean secureMedia;

    static ChannelProperties of(SimChannel c) {
        return c.attachmentOr(ChannelProperties.class, ch -> new ChannelProperties());
    }

    /** The channel's music-on-hold class (CHANNEL(musicclass)), "" by default. */
    public static String musicClass(SimChannel c) {
        ChannelProperties p = c.attachment(ChannelProperties.class);
        return p == null ? "" : p.musicClass;
    }

    /** The channel's AMA flags (CHANNEL(amaflags)): 3, DOCUMENTATION, by default. */
    public static int amaFlags(SimChannel c) {
        ChannelProperties p = c.attachment(ChannelProperties.class);
        return p == null ? DEFAULT_AMA_FLAGS : p.amaFlags;
    }

    /** The channel's user field (CHANNEL(userfield)), "" by default. */
    public static String userField(SimChannel c) {
        ChannelProperties p = c.attachment(ChannelProperties.class);
        return p == null ? "" : p.userField;
    }

    /** The call group bits (CHANNEL(callgroup)). */
    public static long callGroup(SimChannel c) {
        ChannelProperties p = c.attachment(ChannelProperties.class);
        return p == null ? 0 : p.callGroup;
    }

    /** The pickup group bits (CHANNEL(pickupgroup)). */
    public static long pickupGroup(SimChannel c) {
        ChannelProperties p = c.attachment(ChannelProperties.class);
        return p == null ? 0 : p.pickupGroup;
    }

    /** Sets the groups (a channel technology applies its configuration so). */
    public static void groups(SimChannel c, long callGroup, long pickupGroup) {
        ChannelProperties p = of(c);
        p.callGroup = callGroup;
        p.pickupGroup = pickupGroup;
    }

    /** The tenant id (CHANNEL(tenantid)), "" by default. */
    public static String tenantId(SimChannel c) {
        ChannelProperties p = c.attachment(ChannelProperties.class);
        return p == null ? "" : p.tenantId;
    }
}
