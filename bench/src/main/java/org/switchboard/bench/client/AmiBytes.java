package org.switchboard.bench.client;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * AMI read straight from bytes, with no String per header: where a message ends, where a header's
 * value starts, and the number a value holds. Line ends are found eight bytes at a time.
 */
public final class AmiBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LF_BYTES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private AmiBytes() { }

    /** The bytes of an ASCII constant, e.g. {@code ascii("ActionID: ")}. */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Bit 7 of each byte of the eight at {@code i} is set where that byte may be a LF: exactly
     * for the lowest one, possibly falsely above a true one (the classic "has a zero byte" test
     * on the bytes XOR LF), so callers check each candidate.
     */
    private static long lfCandidates(byte[] b, int i) {
        long x = (long) LONGS.get(b, i) ^ LF_BYTES;
        return (x - ONES) & ~x & HIGHS;
    }

    /**
     * The index just past the blank line ({@code CR LF CR LF}) that ends the message starting at
     * {@code messageStart}, looking for its last LF in {@code [from, to)}; -1 if it is not there yet.
     * Bytes between {@code messageStart} and {@code from} must already have been scanned (they are
     * only looked back at).
     */
    public static int findMessageEnd(byte[] b, int messageStart, int from, int to) {
        int i = Math.max(from, messageStart + 3);
        while (i + 8 <= to) {
            long found = lfCandidates(b, i);
            while (found != 0) {
                int j = i + (Long.numberOfTrailingZeros(found) >>> 3);
                if (b[j] == '\n' && b[j - 1] == '\r' && b[j - 2] == '\n' && b[j - 3] == '\r') {
                    return j + 1;
                }
                found &= found - 1;
            }
            i += 8;
        }
        for (; i < to; i++) {
            if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index of the first LF in {@code [from, to)}, or -1. */
    public static int indexOfLf(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to) {
            long found = lfCandidates(b, i);
            while (found != 0) {
                int j = i + (Long.numberOfTrailingZeros(found) >>> 3);
                if (b[j] == '\n') {
                    return j;
                }
                found &= found - 1;
            }
            i += 8;
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The start of the line after the one holding {@code at}; {@code end} if there is none. */
    public static int nextLine(byte[] b, int at, int end) {
        int lf = indexOfLf(b, at, end);
        return lf < 0 ? end : lf + 1;
    }

    /** Does {@code [at, end)} start with {@code prefix}? */
    public static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the value of the first header line that starts with {@code nameColonSpace} (exact
     * bytes, e.g. {@code "ActionID: "}) begins in the message {@code [start, end)}; -1 if none.
     * Only line starts are compared, so a value that contains the name does not match.
     */
    public static int valueStart(byte[] b, int start, int end, byte[] nameColonSpace) {
        int line = start;
        byte first = nameColonSpace[0];
        while (line < end) {
            if (b[line] == first && startsWith(b, line, end, nameColonSpace)) {
                return line + nameColonSpace.length;
            }
            int lf = indexOfLf(b, line, end);
            if (lf < 0) {
                return -1;
            }
            line = lf + 1;
        }
        return -1;
    }

    /** The non-negative decimal number at {@code at} (up to the first non-digit); -1 if none. */
    public static long parseDecimal(byte[] b, int at, int end) {
        long value = 0;
        int i = at;
        while (i < end) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 + d;
            i++;
        }
        return i == at ? -1 : value;
    }

    /** The decimal value of header {@code nameColonSpace} in {@code [start, end)}; -1 if absent or not a number. */
    public static long decimalHeader(byte[] b, int start, int end, byte[] nameColonSpace) {
        int v = valueStart(b, start, end, nameColonSpace);
        return v < 0 ? -1 : parseDecimal(b, v, end);
    }

    /** Is the value at {@code valueStart} exactly {@code expected}, followed by CR LF? */
    public static boolean valueEquals(byte[] b, int valueStart, int end, byte[] expected) {
        int after = valueStart + expected.length;
        return startsWith(b, valueStart, end, expected) && after + 1 < end && b[after] == '\r' && b[after + 1] == '\n';
    }

    /** The message as text, for error reports only (never on a hot path). */
    public static String text(byte[] b, int start, int end) {
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
