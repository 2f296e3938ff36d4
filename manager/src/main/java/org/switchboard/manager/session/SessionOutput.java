package org.switchboard.manager.session;

import io.netty.buffer.ByteBuf;

/**
 * Where a session's replies and events go: a socket for TCP/TLS, a collected body for AMI over
 * HTTP. Implementations keep the order of calls.
 */
public interface SessionOutput {
    /** Queues text; false if the session is closing. Safe from any thread. */
    boolean send(String text);

    /** Queues bytes the output now owns; false if the session is closing. Safe from any thread. */
    boolean send(ByteBuf bytes);

    /** Sends what is queued, then ends the session; later sends are dropped. */
    void closeAfterPending();

    boolean isClosing();
}
