package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.switchboard.protocol.AmiHeaders;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.capture.Capture;

/**
 * The CEL and Cdr event streams of a capture and of a test client, and their comparison: the
 * same events in the same order with the same headers in the same order and the same values,
 * except that uniqueids and channel names must only correspond one to one (they differ from run
 * to run) and wall-clock times must only have Asterisk's shape.
 */
final class CallRecordStreams {
    private static final Path CAPTURES = Path.of("src/test/resources/captures");
    private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Set<String> TIMES = Set.of("EventTime", "StartTime", "AnswerTime", "EndTime");
    private static final Set<String> IDENTITIES = Set.of("UniqueID", "LinkedID", "Channel", "DestinationChannel");

    private CallRecordStreams() { }

    /** The events named {@code event} that the capture's connection received, in order. */
    static List<AmiMessage> fromCapture(String capture, String connection, String event) {
        Capture c;
        try {
            c = Capture.read(CAPTURES.resolve(capture + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder stream = new StringBuilder();
        for (Capture.Step s : c.steps()) {
            if (s instanceof Capture.Expect e && e.connection().equals(connection)) {
                stream.append(e.data());
            }
        }
        List<AmiMessage> out = new ArrayList<>();
        for (String block : stream.toString().split("\r\n\r\n")) {
            List<String> lines = new ArrayList<>(List.of(block.split("\r\n")));
            if (!lines.isEmpty() && lines.get(0).startsWith("Asterisk Call Manager")) {
                lines.remove(0);
            }
            if (!lines.isEmpty() && lines.get(0).equals("Event: " + event)) {
                out.add(new AmiMessage(AmiHeaders.of(lines), null));
            }
        }
        return out;
    }

    /** The events named {@code event} the client received from message {@code from} on. */
    static List<AmiMessage> received(AmiTestClient client, int from, String event) {
        return client.messagesSince(from).stream()
                .filter(m -> m.header("Event").equals(event)).toList();
    }

    /** The events of a stream that match. */
    static List<AmiMessage> only(List<AmiMessage> events, Predicate<AmiMessage> wanted) {
        return events.stream().filter(wanted).toList();
    }

    /** Asserts that {@code actual} is {@code expected} event by event (see the class comment). */
    static void assertSameStream(List<AmiMessage> expected, List<AmiMessage> actual, Identities ids) {
        assertThat(describe(actual)).as("events").isEqualTo(describe(expected));
        for (int i = 0; i < expected.size(); i++) {
            assertSameEvent(expected.get(i), actual.get(i), ids, i);
        }
    }

    static void assertSameEvent(AmiMessage expected, AmiMessage actual, Identities ids, int index) {
        List<String> want = expected.headers().lines();
        List<String> got = actual.headers().lines();
        assertThat(names(got)).as("header names of event %d: %s", index, got).isEqualTo(names(want));
        for (int h = 0; h < want.size(); h++) {
            String name = name(want.get(h));
            String w = value(want.get(h));
            String g = value(got.get(h));
            String where = "event " + index + " " + name + " (" + String.join(" | ", got) + ")";
            if (TIMES.contains(name)) {
                if (w.isEmpty()) {
                    assertThat(g).as(where).isEmpty();
                } else {
                    assertThat(g).as(where).matches(LOCAL_TIME);
                }
            } else if (IDENTITIES.contains(name)) {
                ids.same(w, g, where);
            } else {
                assertThat(g).as(where).isEqualTo(w);
            }
        }
    }

    /**
     * As {@link #assertSameStream} for the events before {@code racyFrom}; from there on the two
     * halves of a Local pair go down and Asterisk publishes their final snapshots from two
     * threads, so the capture shows one of the two orders (README: "which half emits LINKEDID_END
     * is a race"). There each channel's own events must be the capture's, in order, and a
     * LINKEDID_END must be the last event, from the channel whose records ended last.
     */
    static void assertSameStreamWithRacingTeardown(List<AmiMessage> expected, List<AmiMessage> actual,
                                                   Identities ids, int racyFrom) {
        assertThat(actual).as("events %s", describe(actual)).hasSameSizeAs(expected);
        assertSameStream(expected.subList(0, racyFrom), actual.subList(0, racyFrom), ids);
        List<AmiMessage> want = expected.subList(racyFrom, expected.size());
        List<AmiMessage> got = actual.subList(racyFrom, actual.size());
        Map<String, List<AmiMessage>> wantByChannel = byChannel(want);
        Map<String, List<AmiMessage>> gotByChannel = byChannel(got);
        assertThat(gotByChannel).as("channels going down").hasSameSizeAs(wantByChannel);
        for (Map.Entry<String, List<AmiMessage>> e : wantByChannel.entrySet()) {
            String ours = ids.actualFor(e.getKey());
            assertThat(ours).as("our channel for %s", e.getKey()).isNotNull();
            assertThat(gotByChannel).as("records of %s", ours).containsKey(ours);
            assertSameStream(e.getValue(), gotByChannel.get(ours), ids);
        }
        boolean linkedIdEnds = !want.isEmpty() && linkedIdEnd(want.get(want.size() - 1));
        if (linkedIdEnds) {
            AmiMessage end = got.get(got.size() - 1);
            assertThat(linkedIdEnd(end)).as("last event %s", end.headers().lines()).isTrue();
            ids.same(want.get(want.size() - 1).header("LinkedID"), end.header("LinkedID"), "LINKEDID_END LinkedID");
            assertThat(end.header("Channel")).as("LINKEDID_END comes from the channel that went last")
                    .isEqualTo(got.get(got.size() - 2).header("Channel"));
        }
    }

    private static boolean linkedIdEnd(AmiMessage m) {
        return m.header("EventName").equals("LINKEDID_END");
    }

    private static Map<String, List<AmiMessage>> byChannel(List<AmiMessage> events) {
        Map<String, List<AmiMessage>> out = new java.util.LinkedHashMap<>();
        for (AmiMessage m : events) {
            if (!linkedIdEnd(m)) {
                out.computeIfAbsent(m.header("Channel"), k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }

    /** Event names with the EventName of CEL records, for a readable first comparison. */
    static List<String> describe(List<AmiMessage> events) {
        return events.stream().map(m -> m.header("Event") + " " + m.header("EventName")).toList();
    }

    private static List<String> names(List<String> lines) {
        return lines.stream().map(CallRecordStreams::name).toList();
    }

    private static String name(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? line : line.substring(0, colon);
    }

    private static String value(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? "" : line.substring(colon + 1).stripLeading();
    }

    /** A one-to-one correspondence between the capture's identifiers and ours. */
    static final class Identities {
        private final Map<String, String> forward = new HashMap<>();
        private final Map<String, String> backward = new HashMap<>();

        /** Our identifier for the capture's, or null when none was seen yet. */
        String actualFor(String expected) {
            return forward.get(expected);
        }

        void same(String expected, String actual, String where) {
            if (expected.isEmpty() || actual.isEmpty()) {
                assertThat(actual).as(where).isEqualTo(expected);
                return;
            }
            String known = forward.putIfAbsent(expected, actual);
            assertThat(known == null ? actual : known).as(where + ": " + expected + " was seen as").isEqualTo(actual);
            String back = backward.putIfAbsent(actual, expected);
            assertThat(back == null ? expected : back).as(where + ": " + actual + " stood for").isEqualTo(expected);
        }
    }
}
