package org.switchboard.testkit.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.testkit.AmiTestClient;

/**
 * Replays a {@link Capture} against a live server and checks that every connection receives what
 * the real Asterisk sent, block by block, with only the {@link FieldRules} values allowed to
 * differ. A client connects or sends a chunk only after every connection has received every block
 * the capture shows before that moment, so the conversation keeps the captured timeline (a reply
 * the capture saw before another client logged in arrives before that login's events).
 *
 * <p>An MD5 login is re-keyed: a captured {@code Key} that was right for the captured challenge is
 * recomputed for the live one (a wrong key stays wrong).
 */
public final class CaptureReplay {
    private static final Pattern CHALLENGE = Pattern.compile("Challenge: (\\d+)\r\n");
    private static final Pattern KEY = Pattern.compile("Key: ([0-9a-f]{32})");

    private final InetSocketAddress server;
    private final FieldRules rules;
    private final Map<String, String> secrets;
    private final Duration wait;

    /**
     * @param secrets the users' secrets (to re-key MD5 logins), e.g. from the capture's manager.conf
     */
    public CaptureReplay(InetSocketAddress server, FieldRules rules, Map<String, String> secrets, Duration wait) {
        this.server = server;
        this.rules = rules;
        this.secrets = Map.copyOf(secrets);
        this.wait = wait;
    }

    /** Runs the capture; throws AssertionError naming the connection, block and line that differ. */
    public void run(Capture capture) {
        Map<String, AmiTestClient> clients = new LinkedHashMap<>();
        Map<String, StringBuilder> expected = new LinkedHashMap<>();
        Map<String, String> capturedChallenge = new LinkedHashMap<>();
        java.util.Set<String> closed = new java.util.HashSet<>();
        try {
            for (Capture.Step step : capture.steps()) {
                String conn = step.connection();
                if (step instanceof Capture.Connect) {
                    awaitAll(capture, clients, expected);
                    clients.put(conn, connect());
                    expected.put(conn, new StringBuilder());
                } else if (step instanceof Capture.Expect e) {
                    expected.get(conn).append(e.data());
                    Matcher m = CHALLENGE.matcher(e.data());
                    if (m.find()) {
                        capturedChallenge.put(conn, m.group(1));
                    }
                } else if (step instanceof Capture.Send s) {
                    AmiTestClient c = clients.get(conn);
                    awaitAll(capture, clients, expected);
                    c.sendRaw(rekey(s.data(), capturedChallenge.get(conn), c));
                } else if (step instanceof Capture.Closed) {
                    closed.add(conn);
                    AmiTestClient c = clients.get(conn);
                    awaitBlocks(capture, conn, c, expected.get(conn).toString());
                    if (!c.awaitClosed(wait)) {
                        throw new AssertionError(capture.name() + ", connection '" + conn
                                + "': the server should have closed the connection");
                    }
                }
            }
            for (Map.Entry<String, AmiTestClient> e : clients.entrySet()) {
                String want = expected.get(e.getKey()).toString();
                awaitBlocks(capture, e.getKey(), e.getValue(), want);
                compare(capture, e.getKey(), want, e.getValue().received(), !closed.contains(e.getKey()));
            }
        } finally {
            clients.values().forEach(AmiTestClient::close);
        }
    }

    private AmiTestClient connect() {
        try {
            return AmiTestClient.connect(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitAll(Capture capture, Map<String, AmiTestClient> clients, Map<String, StringBuilder> expected) {
        for (Map.Entry<String, AmiTestClient> e : clients.entrySet()) {
            awaitBlocks(capture, e.getKey(), e.getValue(), expected.get(e.getKey()).toString());
        }
    }

    private void awaitBlocks(Capture capture, String conn, AmiTestClient c, String expectedSoFar) {
        int want = Blocks.split(expectedSoFar).complete();
        if (!c.awaitUntil(() -> Blocks.split(c.received()).complete() >= want, wait)) {
            throw new AssertionError(capture.name() + ", connection '" + conn + "': expected " + want
                    + " blocks, got " + Blocks.split(c.received()).complete() + ".\nExpected:\n" + expectedSoFar
                    + "\nReceived:\n" + c.received());
        }
    }

    /**
     * Compares block by block. A recording stops at some moment: on a connection the capture never
     * saw closed, events that arrive after its last recorded block are not a difference.
     */
    private void compare(Capture capture, String conn, String expected, String actual, boolean openAtEnd) {
        Blocks want = Blocks.split(expected);
        Blocks got = Blocks.split(actual);
        List<String> w = want.all();
        List<String> g = got.all();
        for (int i = 0; i < Math.max(w.size(), g.size()); i++) {
            if (i >= w.size()) {
                if (openAtEnd && g.get(i).startsWith("Event: ")) {
                    continue;
                }
                throw new AssertionError(where(capture, conn, i) + ": unexpected extra block:\n" + g.get(i));
            }
            if (i >= g.size()) {
                throw new AssertionError(where(capture, conn, i) + ": missing block:\n" + w.get(i));
            }
            String[] wl = w.get(i).split("\r\n", -1);
            String[] gl = g.get(i).split("\r\n", -1);
            for (int j = 0; j < Math.max(wl.length, gl.length); j++) {
                String a = j < wl.length ? wl[j] : "<nothing>";
                String b = j < gl.length ? gl[j] : "<nothing>";
                if (!rules.lineMatches(a, b)) {
                    throw new AssertionError(where(capture, conn, i) + ", line " + (j + 1) + ": expected '"
                            + a + "', got '" + b + "'\nexpected block:\n" + w.get(i) + "\nreceived block:\n" + g.get(i));
                }
            }
        }
    }

    private static String where(Capture capture, String conn, int block) {
        return capture.name() + ", connection '" + conn + "', block " + (block + 1);
    }

    private String rekey(String data, String capturedChallenge, AmiTestClient c) {
        Matcher k = KEY.matcher(data);
        if (!k.find() || capturedChallenge == null) {
            return data;
        }
        Matcher live = CHALLENGE.matcher(c.received());
        String liveChallenge = null;
        while (live.find()) {
            liveChallenge = live.group(1);
        }
        if (liveChallenge == null) {
            return data;
        }
        for (String secret : secrets.values()) {
            if (md5(capturedChallenge + secret).equals(k.group(1))) {
                return data.replace(k.group(1), md5(liveChallenge + secret));
            }
        }
        return data;
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A byte stream cut into the banner line and the blank-line-terminated blocks. */
    record Blocks(boolean banner, List<String> all, int complete) {
        static Blocks split(String text) {
            List<String> out = new ArrayList<>();
            int pos = 0;
            boolean banner = false;
            if (text.startsWith("Asterisk Call Manager/")) {
                int eol = text.indexOf("\r\n");
                if (eol < 0) {
                    return new Blocks(false, out, 0);
                }
                out.add(text.substring(0, eol + 2));
                pos = eol + 2;
                banner = true;
            }
            while (true) {
                int end = text.indexOf("\r\n\r\n", pos);
                if (end < 0) {
                    break;
                }
                out.add(text.substring(pos, end + 4));
                pos = end + 4;
            }
            return new Blocks(banner, out, out.size());
        }
    }
}
