package org.switchboard.bench.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * A single-threaded {@link Selector} loop that owns a set of {@link AmiConnection}s and a few
 * timers. Everything a mode does runs on the thread that calls {@link #run}, so modes need no
 * locks. All connections share one read buffer (a heap array: the framing reads it byte by byte
 * and eight bytes at a time, which arrays do fastest); writes are batched: requests appended
 * while handling a read or a timer leave together when the loop next flushes.
 */
public final class ClientLoop implements AutoCloseable {
    private static final int INITIAL_READ_BUFFER = 256 * 1024;
    private static final int MAX_READ_BUFFER = 64 * 1024 * 1024;

    private final Selector selector;
    private final ArrayDeque<AmiConnection> dirty = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private ByteBuffer readBuffer = ByteBuffer.allocate(INITIAL_READ_BUFFER);
    private long timerSequence;
    private boolean stopped;

    public ClientLoop() {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts connecting (non-blocking); the handler hears the banner once it arrives. */
    public AmiConnection connect(InetSocketAddress address, AmiConnection.Handler handler) throws IOException {
        SocketChannel ch = SocketChannel.open();
        try {
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            AmiConnection c = new AmiConnection(this, ch, handler);
            boolean now = ch.connect(address);
            c.key(ch.register(selector, now ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, c));
            if (now) {
                c.established();
            }
            return c;
        } catch (IOException e) {
            ch.close();
            throw e;
        }
    }

    /** Takes over a socket that is already connected (the limit mode's own clients). */
    public AmiConnection adopt(SocketChannel connected, AmiConnection.Handler handler) throws IOException {
        connected.configureBlocking(false);
        AmiConnection c = new AmiConnection(this, connected, handler);
        c.key(connected.register(selector, SelectionKey.OP_READ, c));
        c.established();
        return c;
    }

    /** Runs {@code task} on the loop once {@link System#nanoTime()} reaches {@code atNanos}. */
    public void at(long atNanos, Runnable task) {
        timers.add(new Timer(atNanos, timerSequence++, task));
    }

    /** Makes {@link #run} return after the current step. */
    public void stop() {
        stopped = true;
    }

    public boolean stopped() {
        return stopped;
    }

    /**
     * Runs until {@link #stop()} is called or {@code deadlineNanos} passes. Returns true if it
     * was stopped, false on the deadline. Exceptions from handlers end the run.
     */
    public boolean run(long deadlineNanos) throws IOException {
        while (!stopped) {
            long now = System.nanoTime();
            if (now - deadlineNanos >= 0) {
                return false;
            }
            runDueTimers(now);
            flushDirty();
            if (stopped) {
                break;
            }
            long wake = deadlineNanos;
            Timer next = timers.peek();
            if (next != null && next.at - wake < 0) {
                wake = next.at;
            }
            long waitNanos = wake - System.nanoTime();
            if (waitNanos <= 0) {
                selector.selectNow(this::ready);
            } else {
                // whole milliseconds, rounded up: a timer less than 1 ms ahead is waited for, not
                // spun on with selectNow (which would burn a core the server needs)
                selector.select(this::ready, (waitNanos + 999_999) / 1_000_000);
            }
            flushDirty();
        }
        return true;
    }

    private void ready(SelectionKey key) {
        AmiConnection c = (AmiConnection) key.attachment();
        if (!key.isValid()) {
            return;
        }
        if (key.isConnectable()) {
            c.finishConnect();
            return;
        }
        if (key.isWritable()) {
            c.flush();
        }
        if (key.isValid() && key.isReadable()) {
            c.read(readBuffer);
        }
    }

    private void runDueTimers(long now) {
        Timer t;
        while ((t = timers.peek()) != null && now - t.at >= 0) {
            timers.poll();
            t.task.run();
        }
    }

    private void flushDirty() {
        AmiConnection c;
        while ((c = dirty.poll()) != null) {
            c.flush();   // before the connect completes this only waits: finishConnect asks for OP_WRITE
        }
    }

    void markDirty(AmiConnection c) {
        dirty.add(c);
    }

    /** Keeps room to read after a carried partial message of {@code carried} bytes. */
    void ensureReadRoom(int carried) {
        if (carried > readBuffer.capacity() / 2) {
            int size = Math.min(MAX_READ_BUFFER, readBuffer.capacity() * 2);
            if (carried >= size) {
                throw new IllegalStateException("an AMI message larger than " + MAX_READ_BUFFER + " bytes");
            }
            readBuffer = ByteBuffer.allocate(size);
        }
    }

    @Override
    public void close() {
        for (SelectionKey k : selector.keys().toArray(new SelectionKey[0])) {
            if (k.attachment() instanceof AmiConnection c) {
                c.close("loop closed");
            }
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private static final class Timer implements Comparable<Timer> {
        final long at;
        final long sequence;
        final Runnable task;

        Timer(long at, long sequence, Runnable task) {
            this.at = at;
            this.sequence = sequence;
            this.task = task;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(at - o.at, 0);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
