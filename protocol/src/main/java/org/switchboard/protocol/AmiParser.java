package org.switchboard.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Incremental AMI decoder: push bytes in any fragmentation, get whole messages out. It reproduces
 * Asterisk's input handling byte for byte (spec 01 §1.2; manager.c get_input, do_message):
 *
 * <ul>
 *   <li>a line ends at CR LF or at a bare LF; a lone CR stays in the line; the text after a NUL
 *       byte is ignored (Asterisk handles lines as C strings);</li>
 *   <li>a line must fit the 1024-byte buffer with its terminator. When the buffer fills without a
 *       LF, everything but the last byte is dropped (it may be the CR of a CR LF), the listener is
 *       told, and the message that the blank line closes is flagged {@link ParseProblem#LINE_TOO_LONG};</li>
 *   <li>at most 128 header lines are kept; the rest are dropped and the message is flagged
 *       {@link ParseProblem#TOO_MANY_HEADERS}. Like Asterisk, that path leaves a pending
 *       line-too-long flag set for the next message.</li>
 * </ul>
 *
 * <p>Not thread-safe: one parser per connection, fed from one thread. Memory per parser is bounded
 * by the limits (one line buffer, at most {@code maxHeaders} retained lines).
 */
public final class AmiParser {

    /** Told when an over-long line is discarded, with (up to) its first 25 characters. */
    @FunctionalInterface
    public interface LineDiscardListener {
        void lineDiscarded(String first25Chars);
    }

    private final AmiLimits limits;
    private final LineDiscardListener discardListener;
    private final byte[] line;
    private int lineLength;
    private final List<String> headers = new ArrayList<>();
    private boolean headersLost;
    private boolean lineTooLong;

    public AmiParser(AmiLimits limits) {
        this(limits, first -> { });
    }

    public AmiParser(AmiLimits limits, LineDiscardListener discardListener) {
        this.limits = limits;
        this.discardListener = discardListener;
        this.line = new byte[limits.lineBufferBytes()];
    }

    /** Consumes all of {@code in}, handing each completed message to {@code sink} in order. */
    public void feed(ByteBuffer in, Consumer<AmiMessage> sink) {
        if (in.hasArray()) {
            byte[] array = in.array();
            int offset = in.arrayOffset();
            int from = offset + in.position();
            int to = offset + in.limit();
            feed(array, from, to, sink);
            in.position(in.limit());
            return;
        }
        byte[] chunk = new byte[Math.min(in.remaining(), 8192)];
        while (in.hasRemaining()) {
            int n = Math.min(chunk.length, in.remaining());
            in.get(chunk, 0, n);
            feed(chunk, 0, n, sink);
        }
    }

    /** Consumes {@code bytes[from, to)}. */
    public void feed(byte[] bytes, int from, int to, Consumer<AmiMessage> sink) {
        int pos = from;
        int capacity = line.length;
        while (pos < to) {
            int room = capacity - lineLength;
            int end = Math.min(to, pos + room);
            int lf = indexOfLf(bytes, pos, end);
            if (lf >= 0) {
                int n = lf - pos;
                System.arraycopy(bytes, pos, line, lineLength, n);
                lineLength += n;
                pos = lf + 1;
                completeLine(sink);
            } else {
                int n = end - pos;
                System.arraycopy(bytes, pos, line, lineLength, n);
                lineLength += n;
                pos = end;
                if (lineLength == capacity) {
                    overflow();
                }
            }
        }
    }

    /** True when no partial line or message is buffered. */
    public boolean idle() {
        return lineLength == 0 && headers.isEmpty() && !headersLost;
    }

    private static int indexOfLf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void overflow() {
        int shown = 0;
        while (shown < 25 && shown < lineLength && line[shown] != 0) {
            shown++;
        }
        discardListener.lineDiscarded(latin1(line, shown));
        line[0] = line[lineLength - 1];
        lineLength = 1;
        lineTooLong = true;
    }

    private void completeLine(Consumer<AmiMessage> sink) {
        int end = lineLength;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (line[i] == 0) {
                end = i;
                break;
            }
        }
        lineLength = 0;
        if (end == 0) {
            completeMessage(sink);
        } else if (headers.size() < limits.maxHeaders()) {
            headers.add(latin1(line, end));
        } else {
            headersLost = true;
        }
    }

    private void completeMessage(Consumer<AmiMessage> sink) {
        ParseProblem problem;
        if (headersLost) {
            problem = ParseProblem.TOO_MANY_HEADERS;   // leaves lineTooLong pending (Asterisk quirk)
        } else if (lineTooLong) {
            problem = ParseProblem.LINE_TOO_LONG;
            lineTooLong = false;
        } else {
            problem = ParseProblem.NONE;
        }
        AmiMessage message = new AmiMessage(AmiHeaders.of(headers), problem);
        headers.clear();
        headersLost = false;
        sink.accept(message);
    }

    @SuppressWarnings("deprecation")
    private static String latin1(byte[] bytes, int length) {
        // the deprecated constructor is the cheapest exact byte->char (ISO-8859-1) conversion
        return new String(bytes, 0, 0, length);
    }
}
