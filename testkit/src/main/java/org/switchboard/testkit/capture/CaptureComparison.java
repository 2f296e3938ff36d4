package org.switchboard.testkit.capture;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two recorded conversations without a server: a capture, and what a server sent in
 * another run, written as a {@link Capture} too (the same client chunks, in the same order; server
 * bytes chunked and interleaved any way). It applies exactly the checks of the live {@link
 * CaptureReplay}: the server's blocks as they arrive, the identifiers in each client chunk mapped
 * to the ones seen so far, and before each chunk, every block the capture had received by then.
 *
 * <p>The tests of the comparison itself use it on transformed copies of the captures.
 */
public final class CaptureComparison {
    private CaptureComparison() { }

    /** Throws AssertionError, naming where and why, unless {@code actual} stands for {@code expected}. */
    public static void assertMatches(Capture expected, Capture actual) {
        assertMatches(expected, actual, ReplayOptions.defaults());
    }

    public static void assertMatches(Capture expected, Capture actual, ReplayOptions options) {
        Transcript transcript = Transcript.of(expected, options.burstGap());
        TranscriptCheck check = TranscriptCheck.create(transcript, options.mode().resolve(expected), options);
        List<Transcript.ClientChunk> chunks = transcript.chunks();
        Map<String, BlockReader> readers = new HashMap<>();
        Set<String> closed = new HashSet<>();
        Set<String> connected = new LinkedHashSet<>();
        int sent = 0;
        for (Capture.Step step : actual.steps()) {
            String conn = step.connection();
            if (step instanceof Capture.Connect) {
                connected.add(conn);
            } else if (step instanceof Capture.Expect e) {
                for (String block : readers.computeIfAbsent(conn, c -> new BlockReader()).feed(e.data())) {
                    check.received(conn, block, sent);
                }
            } else if (step instanceof Capture.Send s) {
                int number = sent + 1;
                check.unsettled(sent, connected).ifPresent(p -> {
                    throw new AssertionError("before " + transcript.describeChunk(number) + ": " + p.message());
                });
                if (sent == chunks.size()) {
                    throw new AssertionError(expected.name() + ": the other run sent more client chunks than the "
                            + chunks.size() + " captured, starting with:\n" + s.data());
                }
                Transcript.ClientChunk want = chunks.get(sent);
                String wantData = check.translate(want.data());
                if (!want.connection().equals(conn) || !wantData.equals(s.data())) {
                    throw new AssertionError(expected.name() + ", " + transcript.describeChunk(number)
                            + " differs (identifiers translated): expected on connection '" + want.connection() + "':\n"
                            + wantData + "\ngot on connection '" + conn + "':\n" + s.data());
                }
                sent++;
            } else if (step instanceof Capture.Closed) {
                closed.add(conn);
                check.unsettled(conn).ifPresent(p -> {
                    throw new AssertionError("before the server closed connection '" + conn + "': " + p.message());
                });
                if (!transcript.closes(conn)) {
                    throw new AssertionError(expected.name() + ": the server closed connection '" + conn
                            + "', which the capture did not see closed");
                }
            }
        }
        if (sent < chunks.size()) {
            throw new AssertionError(expected.name() + ": the other run stopped after " + sent + " of "
                    + chunks.size() + " client chunks");
        }
        check.finish();
        for (String conn : transcript.connections()) {
            if (transcript.closes(conn) && !closed.contains(conn)) {
                throw new AssertionError(expected.name() + ": the server should have closed connection '" + conn + "'");
            }
        }
    }
}
