package org.switchboard.testkit.capture;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.switchboard.testkit.capture.BlockMatcher.Mismatch;
import org.switchboard.testkit.capture.TranscriptCheck.Tail;
import org.switchboard.testkit.capture.Transcript.ExpectedBlock;

/**
 * The comparison for conversations without calls ({@link ReplayMode#STRICT}): each connection
 * receives exactly the captured blocks, in the captured order, and only the {@link FieldRules}
 * values may differ (in shape). After a connection's last captured block nothing more may arrive
 * (with {@link Tail#CHECKED}: the conversations without calls have no races the capture README
 * names), but events on the setup connection once its last request went out ({@link
 * Transcript#setupRecordingEnded}); with {@link Tail#OPEN}, events that arrive after it on a connection the capture never saw
 * closed are not a difference (a recording stops at some moment).
 */
final class StrictComparison implements TranscriptCheck {
    private final Transcript transcript;
    private final BlockMatcher matcher;
    private final IdentityMap noIds = new IdentityMap(Set.of(), List.of());
    private final Map<String, Integer> next = new HashMap<>();
    private final Tail tail;

    StrictComparison(Transcript transcript, FieldRules rules, Tail tail) {
        this.transcript = transcript;
        this.matcher = new BlockMatcher(rules, false);
        this.tail = tail;
    }

    @Override
    public void received(String connection, String block, int epoch) {
        List<ExpectedBlock> want = transcript.blocks(connection);
        int i = next.getOrDefault(connection, 0);
        List<String> got = BlockReader.lines(block);
        if (i >= want.size()) {
            boolean afterTheRecording = tail == Tail.OPEN ? !transcript.closes(connection)
                    : transcript.setupRecordingEnded(connection, epoch);
            if (got.get(0).startsWith("Event: ") && afterTheRecording) {
                return;
            }
            throw new AssertionError(where(connection, i) + ": unexpected extra block (after the last captured one"
                    + (transcript.closes(connection) ? ", before the server closed the connection" : "")
                    + "):\n" + BlockReader.show(block));
        }
        ExpectedBlock b = want.get(i);
        Mismatch m = matcher.match(b.lines(), got, noIds.begin(), noIds);
        if (m != null) {
            throw new AssertionError(where(connection, i) + ", line " + m.line() + ": expected '" + m.expected()
                    + "', got '" + m.actual() + "' (" + m.reason() + ")\nexpected block:\n" + BlockReader.show(b.text())
                    + "\nreceived block:\n" + BlockReader.show(block));
        }
        next.put(connection, i + 1);
    }

    @Override
    public Optional<Pending> unsettled(int epoch, Collection<String> connections) {
        for (String conn : connections) {
            List<ExpectedBlock> want = transcript.blocks(conn);
            int i = next.getOrDefault(conn, 0);
            if (i < want.size() && want.get(i).epoch() <= epoch) {
                return Optional.of(missing(conn, i));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Pending> unsettled(String connection) {
        int i = next.getOrDefault(connection, 0);
        return i < transcript.blocks(connection).size() ? Optional.of(missing(connection, i)) : Optional.empty();
    }

    @Override
    public String translate(String capturedClientData) {
        return capturedClientData;
    }

    @Override
    public void finish() {
        for (String conn : transcript.connections()) {
            unsettled(conn).ifPresent(p -> {
                throw new AssertionError(p.message());
            });
        }
    }

    private Pending missing(String connection, int i) {
        ExpectedBlock b = transcript.blocks(connection).get(i);
        return new Pending(connection, where(connection, i) + ": missing block (the capture received it "
                + (b.epoch() == 0 ? "before any client chunk" : "after " + transcript.describeChunk(b.epoch()))
                + "):\n" + BlockReader.show(b.text()));
    }

    private String where(String connection, int block) {
        return transcript.name() + ", connection '" + connection + "', block " + (block + 1);
    }
}
