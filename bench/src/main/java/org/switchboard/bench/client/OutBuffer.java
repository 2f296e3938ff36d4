package org.switchboard.bench.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;

/**
 * Bytes waiting to be written to one connection. Requests are appended piece by piece (constant
 * byte arrays, decimal numbers written digit by digit), so building a request makes no String.
 * Not thread-safe: owned by the {@link ClientLoop} thread.
 */
public final class OutBuffer {
    private byte[] bytes;
    private int start;
    private int end;

    public OutBuffer(int initialCapacity) {
        this.bytes = new byte[Math.max(64, initialCapacity)];
    }

    public OutBuffer bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, end, b.length);
        end += b.length;
        return this;
    }

    /** A non-negative decimal number. */
    public OutBuffer decimal(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int digits = 1;
        for (long v = value / 10; v > 0; v /= 10) {
            digits++;
        }
        ensure(digits);
        long v = value;
        for (int i = end + digits - 1; i >= end; i--) {
            bytes[i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        end += digits;
        return this;
    }

    /** Text one byte per char (ISO-8859-1), for values given on the command line. */
    public OutBuffer latin1(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[end++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** {@code count} copies of one byte (padding). */
    public OutBuffer repeat(byte b, int count) {
        ensure(count);
        Arrays.fill(bytes, end, end + count, b);
        end += count;
        return this;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public int size() {
        return end - start;
    }

    /** Writes what the channel takes; returns the bytes written. */
    public int writeTo(WritableByteChannel channel) throws IOException {
        if (start == end) {
            return 0;
        }
        int n = channel.write(ByteBuffer.wrap(bytes, start, end - start));
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return n;
    }

    /** A copy of the pending bytes (tests). */
    public byte[] pending() {
        return Arrays.copyOfRange(bytes, start, end);
    }

    private void ensure(int extra) {
        if (end + extra <= bytes.length) {
            return;
        }
        int used = end - start;
        if (start > 0 && used + extra <= bytes.length / 2) {
            System.arraycopy(bytes, start, bytes, 0, used);
        } else {
            byte[] grown = new byte[Math.max(bytes.length * 2, used + extra)];
            System.arraycopy(bytes, start, grown, 0, used);
            bytes = grown;
        }
        start = 0;
        end = used;
    }
}
