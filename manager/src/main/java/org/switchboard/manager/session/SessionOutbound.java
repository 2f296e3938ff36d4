package org.switchboard.manager.session;

import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.concurrent.ScheduledFuture;
import io.netty.util.internal.PlatformDependent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.Latin1;

/**
 * The one ordered path from the server to a client. Responses (from the I/O thread) and events
 * (from the core thread) are queued here in the order they are produced and written by the
 * channel's event loop, many per flush; what the core queues in one burst wakes the event loop
 * once ({@link CoreWriteBatch}).
 *
 * <p>Slow readers are handled as Asterisk does (spec 01 §2.5): when the socket stops taking
 * bytes, a watchdog checks every {@code writetimeout} ms that some progress was made and closes
 * the session otherwise. Memory stays bounded: the backlog held here is capped, and a session
 * that exceeds the cap is closed too; other sessions are never slowed.
 */
public final class SessionOutbound implements SessionOutput {
    private static final Logger log = LoggerFactory.getLogger(SessionOutbound.class);

    /** Default cap on bytes queued here for one session (on top of Netty's own watermark). */
    public static final long DEFAULT_MAX_BACKLOG_BYTES = 4L * 1024 * 1024;

    /**
     * The queue grows in linked chunks of this many entries. Netty's default MPSC queue starts
     * with a 1024-entry chunk, 4 kB of memory for every session however idle; 64 entries cost
     * about 270 bytes, and a busy session links more chunks as it needs them.
     */
    private static final int QUEUE_CHUNK = 64;
    /** Entries, never reached in practice: the byte cap closes the session first. */
    private static final int QUEUE_MAX = 1 << 30;

    /**
     * What one drain copies its small messages into before writing: one pooled direct buffer
     * per 16 kB instead of one per message (the native transport copies a heap buffer into a
     * direct one anyway), so a burst of events or replies is one allocation and one iovec.
     */
    private static final int BATCH_BYTES = 16 * 1024;
    private static final Object CLOSE = new Object();

    private final Channel channel;
    private final long maxBacklogBytes;
    private final CoreWriteBatch coreBatch;
    private final Queue<Object> queue = PlatformDependent.newMpscQueue(QUEUE_CHUNK, QUEUE_MAX);
    private final AtomicLong backlogBytes = new AtomicLong();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drainTask = this::drain;
    private volatile boolean closing;
    private volatile int writeTimeoutMs = 100;
    private volatile String description = "";
    private ScheduledFuture<?> watchdog;
    private long lastBytesBeforeWritable;

    public SessionOutbound(Channel channel, long maxBacklogBytes) {
        this(channel, maxBacklogBytes, null);
    }

    /** @param coreBatch where writes from the core thread wait for the end of its burst; null: never */
    public SessionOutbound(Channel channel, long maxBacklogBytes, CoreWriteBatch coreBatch) {
        this.channel = channel;
        this.maxBacklogBytes = maxBacklogBytes;
        this.coreBatch = coreBatch;
    }

    /** The per-session write timeout (manager.conf writetimeout, copied at login). */
    public void writeTimeoutMs(int ms) {
        this.writeTimeoutMs = Math.max(1, ms);
    }

    /** How the session is named in log lines ("127.0.0.1 (user 'admin')"). */
    public void describeAs(String text) {
        this.description = text;
    }

    public Channel channel() {
        return channel;
    }

    /** Queues text (Latin-1 bytes). Returns false if the session is closing. */
    @Override
    public boolean send(String text) {
        return send(Unpooled.wrappedBuffer(Latin1.encode(text)));
    }

    /**
     * Queues a buffer this session now owns (pass a {@code duplicate()} of shared event bytes).
     * Safe from any thread. Returns false if the session is closing or was closed for falling
     * too far behind.
     */
    @Override
    public boolean send(ByteBuf buffer) {
        if (closing) {
            buffer.release();
            return false;
        }
        int size = buffer.readableBytes();
        long backlog = backlogBytes.addAndGet(size);
        if (backlog > maxBacklogBytes) {
            backlogBytes.addAndGet(-size);   // never counted as held: backlogBytes() stays within the cap
            buffer.release();
            abandon("its backlog passed " + maxBacklogBytes + " bytes");
            return false;
        }
        if (!queue.offer(buffer)) {
            buffer.release();
            abandon("its queue is full");
            return false;
        }
        scheduleDrain();
        return true;
    }

    /** Writes everything queued so far, then closes the connection. Nothing queued later is sent. */
    @Override
    public void closeAfterPending() {
        if (closing) {
            return;
        }
        closing = true;
        queue.offer(CLOSE);
        scheduleDrain();
    }

    @Override
    public boolean isClosing() {
        return closing;
    }

    /** Bytes waiting in this session's own queue. */
    public long backlogBytes() {
        return backlogBytes.get();
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true) && (coreBatch == null || !coreBatch.deferDrain(this))) {
            startDrain();
        }
    }

    /** Wakes the event loop to write what is queued (a drain was marked scheduled). */
    void startDrain() {
        channel.eventLoop().execute(drainTask);
    }

    /** Called on the event loop when the channel became writable again. */
    public void onWritable() {
        stopWatchdog();
        drain();
    }

    private void drain() {
        drainScheduled.set(false);
        ByteBuf batch = null;
        boolean wrote = false;
        Object next;
        while (channel.isWritable() && (next = queue.poll()) != null) {
            if (next == CLOSE) {
                if (batch != null) {
                    channel.write(batch, channel.voidPromise());
                }
                drainRest();
                channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ByteBuf buf = (ByteBuf) next;
            int size = buf.readableBytes();
            backlogBytes.addAndGet(-size);
            wrote = true;
            if (size > BATCH_BYTES) {
                if (batch != null) {
                    channel.write(batch, channel.voidPromise());
                    batch = null;
                }
                channel.write(buf, channel.voidPromise());
                continue;
            }
            if (batch != null && batch.writableBytes() < size) {
                channel.write(batch, channel.voidPromise());
                batch = null;
            }
            if (batch == null) {
                batch = channel.alloc().ioBuffer(BATCH_BYTES, BATCH_BYTES);
            }
            batch.writeBytes(buf);
            buf.release();
        }
        if (batch != null) {
            channel.write(batch, channel.voidPromise());
        }
        if (wrote) {
            channel.flush();
        }
        if (!channel.isWritable() && channel.isActive()) {
            startWatchdog();
        }
    }

    private void drainRest() {
        Object next;
        while ((next = queue.poll()) != null) {
            if (next instanceof ByteBuf buf) {
                buf.release();
            }
        }
        backlogBytes.set(0);
    }

    private void startWatchdog() {
        if (watchdog != null) {
            return;
        }
        lastBytesBeforeWritable = channel.bytesBeforeWritable();
        watchdog = channel.eventLoop().scheduleAtFixedRate(this::checkProgress,
                writeTimeoutMs, writeTimeoutMs, TimeUnit.MILLISECONDS);
    }

    private void stopWatchdog() {
        if (watchdog != null) {
            watchdog.cancel(false);
            watchdog = null;
        }
    }

    private void checkProgress() {
        if (channel.isWritable() || !channel.isActive()) {
            stopWatchdog();
            return;
        }
        long now = channel.bytesBeforeWritable();
        if (now >= lastBytesBeforeWritable) {
            stopWatchdog();
            abandon("it made no write progress for " + writeTimeoutMs + " ms (writetimeout)");
        } else {
            lastBytesBeforeWritable = now;
        }
    }

    /** Drops the connection of a reader that cannot keep up; nothing more is queued. */
    private void abandon(String why) {
        if (closing) {
            return;
        }
        closing = true;
        log.warn("Disconnecting manager session {}: {}", description, why);
        channel.eventLoop().execute(() -> {
            drainRest();
            channel.close();
        });
    }
}
