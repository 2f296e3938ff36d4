package org.switchboard.bench.launch;

import io.netty.buffer.ByteBuf;

import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.manager.session.SessionOutput;

/**
 * A session output with no socket behind it: it takes what a session is sent and only counts
 * the events, so that a measurement in one process sees the server's work and nothing of the
 * network. Replies are handed to {@link #reply}; both run on the sender's thread.
 */
public class CountingOutput implements SessionOutput {
    private long events;

    /** Events delivered so far (read it on the thread that delivers them, the core thread). */
    public final long events() {
        return events;
    }

    @Override
    public final boolean send(String text) {
        reply(text);
        return true;
    }

    @Override
    public final boolean send(ByteBuf bytes) {
        bytes.release();
        return true;
    }

    @Override
    public final boolean sendEvent(RenderedEvent event) {
        events++;
        event(event);
        return true;
    }

    /** A reply or other text sent to the session; nothing by default. */
    protected void reply(String text) { }

    /** An event delivered to the session, after it was counted; nothing by default. */
    protected void event(RenderedEvent event) { }

    @Override
    public final void closeAfterPending() { }

    @Override
    public final boolean isClosing() {
        return false;
    }
}
