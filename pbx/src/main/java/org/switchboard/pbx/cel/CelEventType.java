package org.switchboard.pbx.cel;

import java.util.Optional;

import org.switchboard.pbx.text.AsciiCase;

/**
 * The CEL event types with Asterisk's numbers (their bit in the {@code events} mask) and names
 * (cel.h enum ast_cel_event_type; cel.c cel_event_types).
 */
public enum CelEventType {
    ALL(0, "ALL"),
    CHANNEL_START(1, "CHAN_START"),
    CHANNEL_END(2, "CHAN_END"),
    HANGUP(3, "HANGUP"),
    ANSWER(4, "ANSWER"),
    APP_START(5, "APP_START"),
    APP_END(6, "APP_END"),
    BRIDGE_ENTER(7, "BRIDGE_ENTER"),
    BRIDGE_EXIT(8, "BRIDGE_EXIT"),
    PARK_START(9, "PARK_START"),
    PARK_END(10, "PARK_END"),
    BLINDTRANSFER(11, "BLINDTRANSFER"),
    ATTENDEDTRANSFER(12, "ATTENDEDTRANSFER"),
    USER_DEFINED(13, "USER_DEFINED"),
    LINKEDID_END(14, "LINKEDID_END"),
    PICKUP(15, "PICKUP"),
    FORWARD(16, "FORWARD"),
    LOCAL_OPTIMIZE(17, "LOCAL_OPTIMIZE"),
    LOCAL_OPTIMIZE_BEGIN(18, "LOCAL_OPTIMIZE_BEGIN"),
    STREAM_BEGIN(19, "STREAM_BEGIN"),
    STREAM_END(20, "STREAM_END"),
    DTMF(21, "DTMF");

    private final int id;
    private final String wireName;

    CelEventType(int id, String wireName) {
        this.id = id;
        this.wireName = wireName;
    }

    /** The number: the event's bit in the events mask. */
    public int id() {
        return id;
    }

    /** The name in cel.conf and in the EventName header. */
    public String wireName() {
        return wireName;
    }

    /** This event's bit in an events mask. */
    public long bit() {
        return 1L << id;
    }

    /** ast_cel_str_to_event_type: the type of a name, ASCII case ignored. */
    public static Optional<CelEventType> byName(String name) {
        for (CelEventType t : values()) {
            if (AsciiCase.equal(t.wireName, name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type with that number, if any. */
    public static Optional<CelEventType> byId(int id) {
        for (CelEventType t : values()) {
            if (t.id == id) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
