package org.switchboard.e2e.calls;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.capture.Capture;

/**
 * What one connection of a call capture received, as comparable text: each message with its
 * headers in order, the values that vary between runs (Uniqueids, the Local channel sequence,
 * durations) replaced by placeholders. Messages are grouped by the channel they are about, since
 * Asterisk orders the events of different channels racily but those of one channel causally.
 */
final class CallCapture {
    static final Path CAPTURES = Path.of("src/test/resources/captures");

    private static final Pattern LOCAL_SEQUENCE = Pattern.compile("(Local/[^ ;\r\n]*-)[0-9a-f]{8}(;[12])");
    private static final Pattern UNIQUEID = Pattern.compile("\\d{9,11}\\.\\d+");
    private static final Pattern EPOCH = Pattern.compile("(?<![.\\d])\\d{10}(?![.\\d])");
    private static final List<String> VARYING = List.of("Uniqueid", "Linkedid", "DestUniqueid", "DestLinkedid",
            "LocalOneUniqueid", "LocalOneLinkedid", "LocalTwoUniqueid", "LocalTwoLinkedid", "Duration", "Seconds",
            "Timestamp");

    private CallCapture() { }

    /** The messages the server sent on {@code connection} of capture {@code name}. */
    static List<AmiMessage> received(String name, String connection) throws IOException {
        Capture c = Capture.read(CAPTURES.resolve(name + ".txt"));
        StringBuilder all = new StringBuilder();
        for (Capture.Step s : c.steps()) {
            if (s instanceof Capture.Expect e && e.connection().equals(connection)) {
                all.append(e.data());
            }
        }
        List<AmiMessage> out = new ArrayList<>();
        String text = all.toString();
        int banner = text.indexOf("\r\n");
        if (text.startsWith("Asterisk Call Manager")) {
            text = text.substring(banner + 2);
        }
        for (String block : text.split("\r\n\r\n")) {
            if (!block.isBlank()) {
                out.add(AmiMessage.of(block.split("\r\n")));
            }
        }
        return out;
    }

    /** A message as text with the varying values replaced. */
    static String normalize(AmiMessage m) {
        StringBuilder b = new StringBuilder();
        for (String line : m.headers().lines()) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            String v;
            if (VARYING.contains(name)) {
                v = "<varies>";
            } else {
                v = LOCAL_SEQUENCE.matcher(value).replaceAll("$1<n>$2");
                v = UNIQUEID.matcher(v).replaceAll("<id>");
                v = EPOCH.matcher(v).replaceAll("<epoch>");
            }
            b.append(name).append(": ").append(v).append('\n');
        }
        return b.toString();
    }

    /** What a message is about: its channel (any prefix), the device, or "responses". */
    static String subject(AmiMessage m) {
        if (m.headers().has("Response")) {
            return "responses";
        }
        for (String h : List.of("Channel", "DestChannel", "LocalOneChannel", "Device")) {
            String v = m.header(h);
            if (!v.isEmpty()) {
                return h + "=" + LOCAL_SEQUENCE.matcher(v).replaceAll("$1<n>$2");
            }
        }
        return "other:" + m.header("Event");
    }

    /** The normalized messages grouped by subject, each group in order, keeping those {@code keep} accepts. */
    static Map<String, List<String>> bySubject(List<AmiMessage> messages, Predicate<AmiMessage> keep) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (AmiMessage m : messages) {
            if (keep.test(m)) {
                out.computeIfAbsent(subject(m), k -> new ArrayList<>()).add(normalize(m));
            }
        }
        return out;
    }

    /** The events CEL and Cdr engines add, which these tests leave to their own tests. */
    static boolean notCelOrCdr(AmiMessage m) {
        String e = m.header("Event");
        return !e.equals("CEL") && !e.equals("Cdr");
    }

    /** Each subject's messages in order; the first difference is reported message by message. */
    static void assertSame(Map<String, List<String>> ours, Map<String, List<String>> theirs) {
        org.assertj.core.api.Assertions.assertThat(ours.keySet()).as("subjects")
                .containsExactlyInAnyOrderElementsOf(theirs.keySet());
        for (Map.Entry<String, List<String>> e : theirs.entrySet()) {
            List<String> mine = ours.get(e.getKey());
            List<String> expected = e.getValue();
            for (int i = 0; i < Math.max(mine.size(), expected.size()); i++) {
                String x = i < expected.size() ? expected.get(i) : "(nothing)";
                String y = i < mine.size() ? mine.get(i) : "(nothing)";
                org.assertj.core.api.Assertions.assertThat(y).as(e.getKey() + " message " + (i + 1)).isEqualTo(x);
            }
        }
    }
}
