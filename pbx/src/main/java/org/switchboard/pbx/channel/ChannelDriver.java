package org.switchboard.pbx.channel;

/**
 * A channel technology (Local, PJSIP, ...): what Asterisk's ast_channel_tech callbacks do for a
 * channel of that kind. Called on the core thread.
 */
public interface ChannelDriver {
    /** The technology name: {@code Local}, {@code PJSIP}. */
    String tech();

    /**
     * ast_call: start calling an outbound channel. Returns false when the call fails at once
     * (the channel is then hung up by whoever called).
     */
    boolean call(SimChannel channel, String destination);

    /** The technology's answer hook, after the core set the state to Up. */
    default void answered(SimChannel channel) { }

    /** ast_indicate: the channel signals a condition to its far end (ringing, busy, ...). */
    default void indicate(SimChannel channel, Control condition) { }

    /** The technology's hangup hook (the channel is being hung up). */
    default void hangup(SimChannel channel) { }

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

    /** Whether device state for these channels is cached (Local channels are not: republished on every change). */
    default boolean cachesDeviceState() {
        return true;
    }
}
