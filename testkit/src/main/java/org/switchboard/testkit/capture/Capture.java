package org.switchboard.testkit.capture;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.protocol.Latin1;

/**
 * A recorded AMI conversation in the format of {@code captures/*.txt}: annotation lines
 * ({@code ---- [ t ] connection 'a': client -> server, N bytes ----}) each followed by exactly N
 * bytes of data, plus connect and close markers. Connections are named by their quoted name, or
 * {@code setup} for the state-preparing connection. Every step keeps its time offset ({@link
 * Step#at()}), which the replay uses to drive a virtual clock and to tell bursts of requests apart.
 */
public final class Capture {
    /** The name of the connection that prepares a capture's starting state (captures/README.md). */
    public static final String SETUP = "setup";
    private static final Pattern ANNOTATION = Pattern.compile(
            "^---- \\[\\s*([0-9.]+)s\\] (?:connection '([^']*)'|(setup) connection[^:]*): (.*) ----$");
    private static final Pattern DATA = Pattern.compile("(client -> server|server -> client), (\\d+) bytes");

    /** One step of the conversation, {@link #at()} after the recording started. */
    public sealed interface Step permits Connect, Send, Expect, Closed {
        String connection();

        Duration at();
    }

    public record Connect(String connection, Duration at) implements Step { }

    /** Bytes the client wrote. */
    public record Send(String connection, String data, Duration at) implements Step { }

    /** Bytes the server wrote (one recv() on the client side; chunking has no meaning). */
    public record Expect(String connection, String data, Duration at) implements Step { }

    public record Closed(String connection, Duration at) implements Step { }

    private final String name;
    private final List<Step> steps;

    private Capture(String name, List<Step> steps) {
        this.name = name;
        this.steps = List.copyOf(steps);
    }

    /** A conversation made in code (tests, transformed copies of a recording). */
    public static Capture of(String name, List<Step> steps) {
        return new Capture(name, steps);
    }

    public String name() {
        return name;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The connection names in order of first appearance. */
    public Set<String> connections() {
        Set<String> names = new LinkedHashSet<>();
        steps.forEach(s -> names.add(s.connection()));
        return names;
    }

    public static Capture read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return parse(name, Latin1.decode(Files.readAllBytes(file)));
    }

    /** Parses the text of a capture file (a byte string, ISO-8859-1). */
    public static Capture parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                break;
            }
            String line = text.substring(pos, eol);
            pos = eol + 1;
            Matcher m = ANNOTATION.matcher(line);
            if (!m.matches()) {
                continue;   // description lines and the LF added after unterminated chunks
            }
            Duration at = seconds(m.group(1));
            String conn = m.group(2) != null ? m.group(2) : m.group(3);
            String what = m.group(4);
            Matcher d = DATA.matcher(what);
            if (d.matches()) {
                int n = Integer.parseInt(d.group(2));
                String data = text.substring(pos, pos + n);
                pos += n;
                steps.add(d.group(1).startsWith("client") ? new Send(conn, data, at) : new Expect(conn, data, at));
            } else if (what.equals("client connects")) {
                steps.add(new Connect(conn, at));
            } else if (what.startsWith("server closed")) {
                steps.add(new Closed(conn, at));
            }
        }
        return new Capture(name, steps);
    }

    private static Duration seconds(String text) {
        return Duration.ofNanos(new BigDecimal(text).movePointRight(9).longValueExact());
    }
}
