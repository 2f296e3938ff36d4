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
     * The state of a device of this technology ({@code data} is the device name after
     * {@code Tech/}); by default derived from the live channels of that device.
     */
    default org.switchboard.pbx.devstate.DeviceState deviceState(org.switchboard.pbx.Pbx pbx, String data) {
        return org.switchboard.pbx.devstate.DeviceStates.fromChannels(pbx, tech() + "/" + data);
    }

    /**
     * The technology's private call id (get_pvt_uniqueid, e.g. a SIP Call-ID) that a bridge puts
     * in the peer's BRIDGEPVTCALLID; null when the technology has none (Local).
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
