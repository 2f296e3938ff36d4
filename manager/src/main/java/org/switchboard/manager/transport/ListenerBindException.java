package org.switchboard.manager.transport;

import java.net.InetSocketAddress;

import org.switchboard.manager.acl.NumericAddress;

/**
 * A listener could not bind its address. The message is tcptls.c's
 * {@code Unable to bind <name> to <addr:port>: <reason>}, so the user sees which listener and
 * which address, not a bare "Address already in use".
 */
public final class ListenerBindException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ListenerBindException(String listenerName, InetSocketAddress address, Throwable cause) {
        super("Unable to bind " + listenerName + " to " + NumericAddress.hostPort(address) + ": " + reason(cause), cause);
    }

    /** strerror's text: Netty's native transport prefixes it with the failed call. */
    private static String reason(Throwable cause) {
        String m = String.valueOf(cause.getMessage());
        int colon = m.startsWith("bind(") ? m.indexOf(": ") : -1;
        return colon >= 0 ? m.substring(colon + 2) : m;
    }
}
