package org.switchboard.pbx.channel;

/**
 * A channel technology (Local, PJSIP, ...): what Asterisk's ast_channel_tech callbacks do for a
 * channel of that kind. Called on the core thread.
 */
public interface ChannelDriver {
    /** The technology name: {@code Local}, {@code PJSIP}. */
    String tech();

    /**
     * ast_request: allocates an outbound channel for {@code request.data()} (the part after
     * {@code Tech/}). On failure the result carries the hangup cause Asterisk reports.
     */
    ChannelRequest.Result request(ChannelRequest request);

    /**
     * ast_call: start calling an outbound channel. Returns false when the call fails at once
     * (the channel is then hung up by whoever called).
     */
    boolean call(SimChannel channel, String destination);

    /**
     * How long after answering the first media arrives from this kind of channel, or null when
     * none comes (a Local half with nothing behind it). __ast_answer waits for it, 500 ms at most.
     */
    default java.time.Duration firstMediaAfterAnswer() {
        return null;
    }

    /** The technology's answer hook, before the core sets the state to Up. */
    default void answered(SimChannel channel) { }

    /** ast_indicate: the channel signals a condition to its far end (ringing, busy, ...). */
    default void indicate(SimChannel channel, Control condition) { }

    /** The technology's hangup hook (the channel is being hung up). */
    default void hangup(SimChannel channel) { }

    /** A DTMF digit starts being sent on the channel (send_digit_begin). */
    default void sendDigitBegin(SimChannel channel, char digit) { }

    /** A DTMF digit sent on the channel ends (send_digit_end). */
    default void sendDigitEnd(SimChannel channel, char digit, long durationMs) { }

    /** Text sent to the channel (SendText); false when the technology cannot carry it. */
    default boolean sendText(SimChannel channel, String text) {
        return false;
    }

    /**
     * func_channel_read: a technology-specific CHANNEL(item) ({@code rtp,...}, {@code pjsip,...});
     * null when the technology has no such item.
     */
    default String readChannelItem(SimChannel channel, String item) {
        return null;
    }

    /** func_channel_write: a technology-specific CHANNEL(item)=value; false when there is no such item. */
    default boolean writeChannelItem(SimChannel channel, String item, String value) {
        return false;
    }

    /**
     * The technology's devicestate callback: the state of a device of this technology
     * ({@code data} is the device name after {@code Tech/}). UNKNOWN, the default (a technology
     * without the callback), makes the core derive it from the device's channels
     * (devicestate.c _ast_device_state, ast_parse_device_state).
     */
    default org.switchboard.pbx.devstate.DeviceState deviceState(org.switchboard.pbx.Pbx pbx, String data) {
        return org.switchboard.pbx.devstate.DeviceState.UNKNOWN;
    }

    /**
     * The technology's own id of the call (ast_channel_tech get_pvt_uniqueid, e.g. the SIP Call-ID;
     * bridges put it in BRIDGEPVTCALLID), or null when the technology has none (Local).
     */
    default String pvtUniqueId(SimChannel channel) {
        return null;
    }

    /**
     * The technology fixup after a masquerade ({@link SimChannel#masquerade}): {@code newChannel}
     * now carries the identity that {@code oldChannel} had, and the technology's private state must
     * point to it.
     */
    default void fixup(SimChannel oldChannel, SimChannel newChannel) { }

    /** Whether device state for these channels is cached (Local channels are not: republished on every change). */
    default boolean cachesDeviceState() {
        return true;
    }
}
