package org.switchboard.pbx.exec;

import org.switchboard.pbx.channel.SimChannel;

/**
 * A dialplan exception (pbx.c raise_exception): why and where it was raised, kept on the channel
 * for the EXCEPTION function, while the channel goes to the {@code e} extension.
 *
 * @param reason   INVALID, RESPONSETIMEOUT, ABSOLUTETIMEOUT, ERROR, or RaiseException's text
 * @param context  the context the channel was in
 * @param exten    the extension it was in
 * @param priority the priority it was at
 */
public record DialplanException(String reason, String context, String exten, int priority) {

    /**
     * Records the exception on {@code channel} and moves it to {@code e}, {@code priority}
     * (0 from an application, where the loop steps on to 1).
     */
    public static void raise(SimChannel channel, String reason, int priority) {
        channel.attach(DialplanException.class,
                new DialplanException(reason, channel.context(), channel.exten(), channel.priority()));
        channel.setLocation(channel.context(), "e", priority);
    }

    /** The last exception raised on {@code channel}, or null. */
    public static DialplanException of(SimChannel channel) {
        return channel.attachment(DialplanException.class);
    }
}
