package org.switchboard.testkit.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code setup} for the state-preparing connection.
 */
public final class Capture {
    private static final Pattern ANNOTATION = Pattern.compile(
            "^---- \\[\\s*([0-9.]+)s\\] (?:connection '([^']*)'|(setup) connection[^:]*): (.*) ----$");
    private static final Pattern DATA = Pattern.compile("(client -> server|server -> client), (\\d+) bytes");

    /** One step of the conversation. */
    public sealed interface Step permits Connect, Send, Expect, Closed {
        String connection();
    }

    public record Connect(String connection) implements Step { }

    /** Bytes the client wrote. */
    public record Send(String connection, String data) implements Step { }

    /** Bytes the server wrote (one recv() on the client side; chunking has no meaning). */
    public record Expect(String connection, String data) implements Step { }

    public record Closed(String connection) implements Step { }

    private final String name;
    private final List<Step> steps;

    private Capture(String name, List<Step> steps) {
        this.name = name;
        this.steps = List.copyOf(steps);
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
        byte[] bytes = Files.readAllBytes(file);
        String text = Latin1.decode(bytes);
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
            String conn = m.group(2) != null ? m.group(2) : m.group(3);
            String what = m.group(4);
            Matcher d = DATA.matcher(what);
            if (d.matches()) {
                int n = Integer.parseInt(d.group(2));
                String data = text.substring(pos, pos + n);
                pos += n;
                steps.add(d.group(1).startsWith("client") ? new Send(conn, data) : new Expect(conn, data));
            } else if (what.equals("client connects")) {
                steps.add(new Connect(conn));
            } else if (what.startsWith("server closed")) {
                steps.add(new Closed(conn));
            }
        }
        String fileName = file.getFileName().toString();
        return new Capture(fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName, steps);
    }
}
