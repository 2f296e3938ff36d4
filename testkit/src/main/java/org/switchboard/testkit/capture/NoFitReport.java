package org.switchboard.testkit.capture;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.testkit.capture.BlockMatcher.Mismatch;
import org.switchboard.testkit.capture.ExpectedStream.Cursor;
import org.switchboard.testkit.capture.ExpectedStream.LiveBlock;
import org.switchboard.testkit.capture.ExpectedStream.Rejected;
import org.switchboard.testkit.capture.StreamKey.Kind;

/**
 * Says why a received block fits no stream: the capture, the connection, which captured block it
 * came closest to (stream, position, first differing line) and both blocks.
 */
final class NoFitReport {
    private final Transcript transcript;
    private final Map<String, List<ExpectedStream>> streams;

    NoFitReport(Transcript transcript, Map<String, List<ExpectedStream>> streams) {
        this.transcript = transcript;
        this.streams = streams;
    }

    /** The message for a block that fits none of its connection's streams. */
    String explain(LiveBlock b, List<Rejected> rejects, List<Cursor> mine, IdentityMap ids) {
        String head = transcript.name() + ", connection '" + b.connection() + "': received block " + (b.index() + 1)
                + " (" + (b.epoch() == 0 ? "before any client chunk" : "after " + transcript.describeChunk(b.epoch()))
                + ") fits no expected block.\n";
        String received = "\nreceived block:\n" + BlockReader.show(b.text());
        ExpectedStream own = ownStream(b, ids);
        Rejected best = closest(rejects, own);
        if (best == null) {
            String why = own != null
                    ? "Its stream " + own.label + " has no more blocks (all " + own.size() + " received)."
                    : mine.isEmpty() || mine.stream().allMatch(Cursor::complete)
                    ? "Every captured block of this connection has been received already"
                            + (transcript.closes(b.connection()) ? " (the capture saw the server close it)." : ".")
                    : "No stream of this connection expects a block like it.";
            return head + why + received;
        }
        String where = "Closest: stream " + best.stream().label + ", " + best.stream().unit() + " " + best.position() + " of "
                + best.stream().size() + " (captured block " + (best.block().index() + 1) + " of the connection): ";
        String what;
        if (best.orderProblem() != null) {
            what = "the lines match, but " + best.orderProblem() + ".";
        } else {
            Mismatch m = best.mismatch();
            what = "line " + m.line() + ": expected '" + m.expected() + "', got '" + m.actual() + "' (" + m.reason() + ").";
        }
        return head + where + what + "\nexpected block:\n" + BlockReader.show(best.block().text()) + received;
    }

    /**
     * The rejection that explains the failure best: lines that match but came at the wrong
     * time; then lines that match but for identifiers; then the block's own stream (by its
     * identifiers as mapped so far); then the candidate that matched the most lines.
     */
    private static Rejected closest(List<Rejected> rejects, ExpectedStream own) {
        for (Rejected r : rejects) {
            if (r.orderProblem() != null) {
                return r;
            }
        }
        Rejected best = null;
        for (Rejected r : rejects) {
            if (r.mismatch().onlyIdentities() && (best == null || r.mismatch().matchedLines() > best.mismatch().matchedLines())) {
                best = r;
            }
        }
        if (best != null) {
            return best;
        }
        if (own != null) {
            for (Rejected r : rejects) {
                if (r.stream() == own) {
                    return r;
                }
            }
            return null;
        }
        for (Rejected r : rejects) {
            if (best == null || r.mismatch().matchedLines() > best.mismatch().matchedLines()) {
                best = r;
            }
        }
        return best;
    }

    /** The stream this block would belong to if its identifiers are the ones mapped so far. */
    private ExpectedStream ownStream(LiveBlock b, IdentityMap ids) {
        StreamKey key = new StreamClassifier().classify(b.lines());
        String value = key.value();
        if (value != null) {
            for (IdKind kind : IdKind.values()) {
                Optional<String> c = ids.captured(kind, value);
                if (c.isPresent()) {
                    value = c.get();
                    break;
                }
            }
        }
        for (ExpectedStream s : streams.getOrDefault(b.connection(), List.of())) {
            if (s.key.kind() == key.kind() && Objects.equals(s.key.value(), value)) {
                return s;
            }
        }
        // without the list's history an item looks like an answer to an action; lists are replies
        return key.kind() == Kind.ACTION ? streamOf(b.connection(), new StreamKey(Kind.REPLIES, null)) : null;
    }

    private ExpectedStream streamOf(String conn, StreamKey key) {
        for (ExpectedStream s : streams.getOrDefault(conn, List.of())) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }
}
