package org.switchboard.pbx.channel;

/**
 * The technology of channels made without one (channel.c null_tech, type "NULL"): the
 * OutgoingSpoolFailed channel of a failed originate, channels of internal helpers. It cannot be
 * requested or called.
 */
public final class NoTechnology implements ChannelDriver {
    public static final NoTechnology INSTANCE = new NoTechnology();

    private NoTechnology() { }

    @Override
    public String tech() {
        return "NULL";
    }

    @Override
    public ChannelRequest.Result request(ChannelRequest request) {
        return ChannelRequest.Result.failed(HangupCause.CHAN_NOT_IMPLEMENTED);
    }

    @Override
    public boolean call(SimChannel channel, String destination) {
        return false;
    }
}
