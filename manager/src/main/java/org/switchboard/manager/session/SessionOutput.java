package org.switchboard.manager.session;

import io.netty.buffer.ByteBuf;

import org.switchboard.manager.event.RenderedEvent;

/**
 * Where a session's replies and events go: a socket for TCP/TLS, a collected body for AMI over
 * HTTP. Implementations keep the order of calls.
 */
public interface SessionOutput {
    /** Queues text; false if the session is closing. Safe from any thread. */
    boolean send(String text);

    /** Queues bytes the output now owns; false if the session is closing. Safe from any thread. */
    boolean send(ByteBuf bytes);

    /**
     * Delivers an event the session accepted. Sockets write it like any other bytes; AMI over HTTP
     * keeps it for the next WaitEvent instead.
     */
    default boolean sendEvent(RenderedEvent event) {
        return send(event.buffer());
    }

    /** Sends what is queued, then ends the session; later sends are dropped. */
    void closeAfterPending();

    boolean isClosing();

    /**
     * How many HTTP requests are using the session right now ({@code manager show connected}
     * prints it as HttpCnt); always 0 for sockets.
     */
    default int requestsInUse() {
        return 0;
    }
}
