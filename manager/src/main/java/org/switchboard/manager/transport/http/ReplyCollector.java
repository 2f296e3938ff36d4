package org.switchboard.manager.transport.http;

import java.io.ByteArrayOutputStream;

import io.netty.buffer.ByteBuf;

import org.switchboard.manager.session.SessionOutput;
import org.switchboard.protocol.Latin1;

/**
 * Collects the AMI text one HTTP request's action writes, for its HTTP response (manager.c writes
 * it to a temporary file, process_output reads it back). Once sealed, later writes are dropped.
 * Thread-safe: replies come from the I/O thread, the core thread or a timer.
 */
final class ReplyCollector implements SessionOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    private boolean sealed;

    @Override
    public synchronized boolean send(String text) {
        if (sealed) {
            return false;
        }
        byte[] b = Latin1.encode(text);
        bytes.write(b, 0, b.length);
        return true;
    }

    @Override
    public synchronized boolean send(ByteBuf buffer) {
        try {
            if (sealed) {
                return false;
            }
            byte[] b = new byte[buffer.readableBytes()];
            buffer.readBytes(b);
            bytes.write(b, 0, b.length);
            return true;
        } finally {
            buffer.release();
        }
    }

    /** The request ends its session through ActionContext.endsSession(), not here. */
    @Override
    public void closeAfterPending() {
    }

    @Override
    public synchronized boolean isClosing() {
        return sealed;
    }

    /** Everything written so far, as a byte string; nothing more is taken afterwards. */
    synchronized String seal() {
        sealed = true;
        return Latin1.decode(bytes.toByteArray());
    }
}
