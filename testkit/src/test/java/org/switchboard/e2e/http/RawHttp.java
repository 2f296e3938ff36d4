package org.switchboard.e2e.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw HTTP connection for what HttpClient hides or refuses: exact response bytes and header
 * order, odd methods and framing, slow and oversized requests.
 */
final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /** One parsed response: status line, headers in order (names as sent), body. */
    record Response(String statusLine, List<Map.Entry<String, String>> headers, String head, String body) {
        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        List<String> headerNames() {
            return headers.stream().map(Map.Entry::getKey).toList();
        }
    }

    RawHttp(InetSocketAddress address) {
        try {
            socket = new Socket(address.getAddress(), address.getPort());
            socket.setSoTimeout(30_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RawHttp send(String text) {
        try {
            out.write(text.getBytes(ISO_8859_1));
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response; HEAD replies are read without a body. */
    Response read(boolean head) {
        try {
            String headText = readHead();
            String[] lines = headText.split("\r\n");
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            int length = 0;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, colon);
                String value = lines[i].substring(colon + 1).trim();
                headers.add(Map.entry(name, value));
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                }
            }
            byte[] body = head ? new byte[0] : in.readNBytes(length);
            return new Response(lines[0], headers, headText, new String(body, ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response read() {
        return read(false);
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            b.write(c);
            byte[] a = b.toByteArray();
            int n = a.length;
            if (n >= 4 && a[n - 4] == '\r' && a[n - 3] == '\n' && a[n - 2] == '\r' && a[n - 1] == '\n') {
                return new String(a, 0, n - 2, ISO_8859_1);
            }
        }
        throw new IOException("connection closed before a response head: " + b.toString(ISO_8859_1));
    }

    /** True when the server closed the connection (end of stream) before {@code millis} passed. */
    boolean closedWithin(int millis) {
        try {
            socket.setSoTimeout(millis);
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;   // reset: closed as well
        }
    }

    static Map<String, String> headerMap(Response r) {
        Map<String, String> m = new LinkedHashMap<>();
        r.headers().forEach(h -> m.put(h.getKey(), h.getValue()));
        return m;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test socket
        }
    }
}
