package org.switchboard.manager.transport.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.switchboard.manager.channel.action.CNumbers;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Reads each request head as http.c does (httpd_process_request, http_request_headers_get) and
 * hands Netty's stricter decoder a canonical head instead: {@code METHOD uri HTTP/1.1}, then one
 * {@code name: value} line per header Asterisk keeps. The body is passed through unchanged; its
 * framing (Content-Length or chunked) is followed only to find where the next head starts.
 *
 * <p>Asterisk's reading, which this reproduces: every line, CR LF included, must fit in 4095
 * bytes; text stops at a NUL; "blanks" are all bytes below 33. The request line is a method and a
 * URI (anything after them, the version included, is ignored; no URI is 400 {@code Invalid
 * Request}). A header line is trimmed; an empty one ends the head; one without a colon, with an
 * empty name or an empty value is skipped; the name loses its trailing blanks; the 101st kept
 * header is 413. A refused head is handed on as a failed {@link HttpRequest} carrying an
 * {@link HttpHeadRefused}, and the rest of the connection's bytes are dropped.
 *
 * <p>Kept headers whose name is not an HTTP token (control characters, inner spaces) are counted
 * but not handed on: no lookup Asterisk makes could match them.
 */
final class HttpHeadDecoder extends ByteToMessageDecoder {
    /** http.c MAX_HTTP_LINE_LENGTH less the NUL that ast_iostream_gets keeps room for. */
    static final int MAX_LINE = 4096 - 1;
    /** http.c MAX_HTTP_REQUEST_HEADERS. */
    static final int MAX_HEADERS = 100;
    private static final Set<String> METHODS = Set.of("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS");

    private enum State { REQUEST_LINE, HEADERS, FIXED_BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, PASS, REFUSED }

    private State state = State.REQUEST_LINE;
    private StringBuilder head;
    private int kept;
    private String transferEncoding;
    private String contentLength;
    private long remaining;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            switch (state) {
                case REFUSED -> in.skipBytes(in.readableBytes());
                case PASS -> out.add(in.readRetainedSlice(in.readableBytes()));
                case FIXED_BODY, CHUNK_DATA -> passBody(in, out);
                case CHUNK_END -> passToLineEnd(in, out);
                default -> {
                    if (!readLine(ctx, in, out)) {
                        return;
                    }
                }
            }
        }
    }

    /** One line of the head or of the chunk framing; false when it is not complete yet. */
    private boolean readLine(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int scan = Math.min(in.readableBytes(), MAX_LINE);
        int lf = in.indexOf(in.readerIndex(), in.readerIndex() + scan, (byte) '\n');
        if (lf < 0) {
            if (scan == MAX_LINE) {
                tooLong(in, out);
            }
            return false;
        }
        int length = lf + 1 - in.readerIndex();
        if (state == State.CHUNK_SIZE || state == State.TRAILERS) {
            String line = in.toString(in.readerIndex(), length, ISO_8859_1);
            out.add(in.readRetainedSlice(length));
            chunkLine(line);
            return true;
        }
        String line = in.readCharSequence(length, ISO_8859_1).toString();
        int nul = line.indexOf('\0');
        String text = nul < 0 ? line : line.substring(0, nul);
        if (state == State.REQUEST_LINE) {
            requestLine(text, out);
        } else {
            headerLine(text, ctx, out);
        }
        return true;
    }

    private void tooLong(ByteBuf in, List<Object> out) {
        if (state == State.REQUEST_LINE || state == State.HEADERS) {
            in.skipBytes(in.readableBytes());
        }
        switch (state) {
            case REQUEST_LINE -> refuse(out, 400, "Bad Request", "Request line too long");
            case HEADERS -> refuse(out, 400, "Bad Request", "Header line too long");
            default -> state = State.PASS;   // odd chunk framing: Netty's decoder judges it
        }
    }

    private void requestLine(String text, List<Object> out) {
        int method = skipBlanks(text, 0);
        int methodEnd = skipNonBlanks(text, method);
        int uri = skipBlanks(text, methodEnd);
        int uriEnd = skipNonBlanks(text, uri);
        if (uri == uriEnd) {
            refuse(out, 400, "Bad Request", "Invalid Request");
            return;
        }
        head = new StringBuilder(256).append(methodName(text.substring(method, methodEnd))).append(' ')
                .append(text, uri, uriEnd).append(" HTTP/1.1\r\n");
        kept = 0;
        transferEncoding = null;
        contentLength = null;
        state = State.HEADERS;
    }

    /** http.c tells the six methods it knows without case and calls every other one UNKNOWN. */
    private static String methodName(String sent) {
        String upper = sent.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "UNKNOWN";
    }

    private void headerLine(String line, ChannelHandlerContext ctx, List<Object> out) {
        String text = trimBlanks(line);
        if (text.isEmpty()) {
            endOfHead(ctx, out);
            return;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return;
        }
        String value = text.substring(skipBlanks(text, colon + 1));
        if (value.isEmpty() || colon == 0) {
            return;
        }
        if (kept++ == MAX_HEADERS) {
            refuse(out, 413, "Request Entity Too Large", "Too many headers");
            return;
        }
        String name = trimBlanks(text.substring(0, colon));
        if (!isToken(name)) {
            return;
        }
        // only the first of each counts in Asterisk (get_header); Netty would look at them all
        if (name.equalsIgnoreCase("Transfer-Encoding")) {
            if (transferEncoding != null) {
                return;
            }
            transferEncoding = value;
        } else if (name.equalsIgnoreCase("Content-Length")) {
            if (contentLength != null) {
                return;
            }
            value = asteriskContentLength(value);
            contentLength = value;
        }
        head.append(name).append(": ").append(value).append("\r\n");
    }

    private void endOfHead(ChannelHandlerContext ctx, List<Object> out) {
        head.append("\r\n");
        out.add(ctx.alloc().buffer(head.length()).writeBytes(head.toString().getBytes(ISO_8859_1)));
        head = null;
        if (transferEncoding != null && transferEncoding.equalsIgnoreCase("chunked")) {
            state = State.CHUNK_SIZE;
            return;
        }
        if (contentLength == null) {
            state = State.REQUEST_LINE;
            return;
        }
        remaining = parseLength(contentLength);
        state = remaining < 0 ? State.PASS : remaining == 0 ? State.REQUEST_LINE : State.FIXED_BODY;
    }

    /**
     * http.c get_content_length reads the value with {@code sscanf("%30d")}: an optional sign and
     * the digits that follow, up to 30 characters, the rest ignored ("12abc" is 12). A value that
     * reads as 0 or more is handed on as plain digits; anything else is handed on as sent, which
     * Netty refuses, as http.c refuses a negative or unreadable length (400).
     */
    static String asteriskContentLength(String value) {
        Integer length = CNumbers.scanInt(value);
        return length != null && length >= 0 ? length.toString() : value;
    }

    /** Content-Length as Netty accepts it (digits only), or -1: Netty refuses it, and the request. */
    private static long parseLength(String value) {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(value);
    }

    private void chunkLine(String line) {
        if (state == State.TRAILERS) {
            if (line.equals("\n") || line.equals("\r\n")) {
                state = State.REQUEST_LINE;
            }
            return;
        }
        int end = 0;
        while (end < line.length() && line.charAt(end) != ';' && line.charAt(end) > ' ' && line.charAt(end) != 0x7f) {
            end++;
        }
        try {
            remaining = Integer.parseInt(line.substring(0, end), 16);
        } catch (NumberFormatException e) {
            remaining = -1;
        }
        state = remaining < 0 ? State.PASS : remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
    }

    private void passBody(ByteBuf in, List<Object> out) {
        int n = (int) Math.min(remaining, in.readableBytes());
        out.add(in.readRetainedSlice(n));
        remaining -= n;
        if (remaining == 0) {
            state = state == State.FIXED_BODY ? State.REQUEST_LINE : State.CHUNK_END;
        }
    }

    /** After a chunk's data Netty skips everything up to the next LF. */
    private void passToLineEnd(ByteBuf in, List<Object> out) {
        int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
        out.add(in.readRetainedSlice(lf < 0 ? in.readableBytes() : lf + 1 - in.readerIndex()));
        if (lf >= 0) {
            state = State.CHUNK_SIZE;
        }
    }

    private void refuse(List<Object> out, int status, String title, String text) {
        head = null;
        state = State.REFUSED;
        HttpRequest failed = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/bad-request");
        failed.setDecoderResult(DecoderResult.failure(new HttpHeadRefused(status, title, text)));
        out.add(failed);
    }

    // ---- Asterisk's notion of blanks (strings.h ast_skip_blanks and friends): bytes below 33 ----

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && s.charAt(i) < 33) {
            i++;
        }
        return i;
    }

    private static int skipNonBlanks(String s, int i) {
        while (i < s.length() && s.charAt(i) > 32) {
            i++;
        }
        return i;
    }

    private static String trimBlanks(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) < 33) {
            end--;
        }
        return s.substring(0, end);
    }

    /** RFC 9110 token characters, which Netty's decoder accepts in a header name. */
    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
