package org.switchboard.e2e.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.capture.Capture;

/** Cuts AMI traffic into blank-line-terminated blocks, from a live client or from a capture. */
final class Blocks {
    static final Path CAPTURES = Path.of("src/test/resources/captures");

    private Blocks() { }

    /** The complete blocks of {@code raw}, the banner line left out. */
    static List<String> of(String raw) {
        String text = raw;
        if (text.startsWith("Asterisk Call Manager/")) {
            text = text.substring(text.indexOf("\r\n") + 2);
        }
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int end = text.indexOf("\r\n\r\n", pos);
            if (end < 0) {
                return out;
            }
            out.add(text.substring(pos, end + 4));
            pos = end + 4;
        }
    }

    /** What {@code client} has received so far, as blocks. */
    static List<String> of(AmiTestClient client) {
        return of(client.received());
    }

    /** The blocks from index {@code from} on that satisfy {@code keep}. */
    static List<String> from(AmiTestClient client, int from, Predicate<String> keep) {
        List<String> all = of(client);
        return all.subList(Math.min(from, all.size()), all.size()).stream().filter(keep).toList();
    }

    /** The blocks the captured server sent on {@code connection}. */
    static List<String> captured(String capture, String connection) {
        try {
            StringBuilder b = new StringBuilder();
            for (Capture.Step s : Capture.read(CAPTURES.resolve(capture + ".txt")).steps()) {
                if (s instanceof Capture.Expect e && e.connection().equals(connection)) {
                    b.append(e.data());
                }
            }
            return of(b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isEvent(String block, String name) {
        return block.startsWith("Event: " + name + "\r\n");
    }

    static boolean isResponse(String block) {
        return block.startsWith("Response: ");
    }

    /** A reply block as the server writes it. */
    static String response(String type, String actionId, String... lines) {
        StringBuilder b = new StringBuilder("Response: ").append(type).append("\r\nActionID: ").append(actionId)
                .append("\r\n");
        for (String l : lines) {
            b.append(l).append("\r\n");
        }
        return b.append("\r\n").toString();
    }

    /** A broadcast event block of class call. */
    static String callEvent(String name, String... lines) {
        StringBuilder b = new StringBuilder("Event: ").append(name).append("\r\nPrivilege: call,all\r\n");
        for (String l : lines) {
            b.append(l).append("\r\n");
        }
        return b.append("\r\n").toString();
    }

    static String deviceState(String device, String state) {
        return callEvent("DeviceStateChange", "Device: " + device, "State: " + state);
    }
}
