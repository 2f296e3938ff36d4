package org.switchboard.testkit.capture;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kinds of identifiers that a real Asterisk hands out afresh on every run (captures/README.md,
 * "What varies from run to run"). A comparison maps each captured identifier to the live one it
 * stands for, one kind at a time; see {@link IdentityMap}.
 */
public enum IdKind {
    /**
     * {@code <epoch seconds>.<sequence>} (channel.c ast_channel_alloc, "%li.%d"), wherever it
     * appears: Uniqueid, Linkedid, DestUniqueid, CEL UniqueID/LinkedID, Getvar values, ...
     */
    UNIQUEID("Uniqueid", "(?<![\\w.])(\\d{9,}\\.\\d+)(?![\\w.])", "\\d+\\.\\d+", header -> true),
    /**
     * The 8-hex-digit number of a Local channel pair ({@code Local/s@default-0000084b;1}; core_local.c
     * "%08x"). It is mapped as one value, so both halves of a pair follow one mapping.
     */
    LOCAL_SEQUENCE("Local channel number", "Local/[^\\s;,]*?-([0-9a-f]{8});[12]", "[0-9a-f]{8}", header -> true),
    /**
     * A bridge's UUID (BridgeUniqueid, CoreShowChannel BridgeId, Status BridgeID, CEL Extra
     * bridge_id). Only there: other UUIDs, such as AstDB's pbx/UUID, are data.
     */
    BRIDGE("BridgeUniqueid",
            "(?<![\\w-])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\\w-])",
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            header -> header.toLowerCase(Locale.ROOT).contains("bridge") || header.equals("Extra")),
    /** A MixMonitor instance (app_mixmonitor.c, "%p"), which clients send back to stop it. */
    MIXMONITOR("MixMonitorID", "(?<![\\w])(0x[0-9a-f]+)(?![\\w])", "0x[0-9a-f]+",
            header -> header.equalsIgnoreCase("MixMonitorID"));

    private final String description;
    private final Pattern token;
    private final String liveShape;
    private final Predicate<String> appliesTo;

    IdKind(String description, String token, String liveShape, Predicate<String> appliesTo) {
        this.description = description;
        this.token = Pattern.compile(token);
        this.liveShape = liveShape;
        this.appliesTo = appliesTo;
    }

    /** A name for messages. */
    public String description() {
        return description;
    }

    /** Finds tokens of this kind; group 1 is the identifier itself. */
    Pattern token() {
        return token;
    }

    /** What the live identifier must look like (a regular expression without groups). */
    String liveShape() {
        return liveShape;
    }

    /** Whether identifiers of this kind are looked for in this header's value ("" for a line that is not a header). */
    boolean appliesTo(String header) {
        return appliesTo.test(header);
    }
}
