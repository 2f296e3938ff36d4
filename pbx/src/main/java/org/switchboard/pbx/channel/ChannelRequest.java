package org.switchboard.pbx.channel;

/**
 * What ast_request gets: the technology-specific address, the channel asking (for linkedid and
 * inheritance; null for Originate), and the Uniqueids a client chose (Originate ChannelId and
 * OtherChannelId; null when not chosen).
 */
public record ChannelRequest(String data, SimChannel requestor, String uniqueId, String otherUniqueId) {

    /** The linkedid a new channel inherits: the requestor's, or none. */
    public String requestorLinkedId() {
        return requestor == null ? null : requestor.linkedId();
    }

    /** A request's outcome: a channel, or the cause why there is none. */
    public record Result(SimChannel channel, int cause) {
        public static Result of(SimChannel channel) {
            return new Result(channel, 0);
        }

        public static Result failed(int cause) {
            return new Result(null, cause);
        }

        public boolean ok() {
            return channel != null;
        }
    }
}
