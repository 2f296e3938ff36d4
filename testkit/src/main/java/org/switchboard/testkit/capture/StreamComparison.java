package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.switchboard.testkit.capture.ExpectedStream.Accepted;
import org.switchboard.testkit.capture.ExpectedStream.Attempt;
import org.switchboard.testkit.capture.ExpectedStream.Cursor;
import org.switchboard.testkit.capture.ExpectedStream.LiveBlock;
import org.switchboard.testkit.capture.ExpectedStream.Rejected;
import org.switchboard.testkit.capture.StreamKey.Kind;
import org.switchboard.testkit.capture.Transcript.ExpectedBlock;
import org.switchboard.testkit.capture.TranscriptCheck.Tail;

/**
 * The comparison for conversations with calls ({@link ReplayMode#STREAMS}). A real Asterisk does not
 * repeat a call's output byte for byte (captures/README.md, "What varies from run to run"). This
 * comparison accepts exactly the differences that README names, plus one it does not (the order of
 * list items that name channels, see Order), and nothing else:
 *
 * <ol>
 * <li><b>Identifiers</b> ({@link IdKind}): Uniqueids and Linkedids ({@code <epoch>.<sequence>}), the
 * Local channel number (one value for both halves of a pair), bridge UUIDs and MixMonitor ids are
 * given out afresh on every run. Each captured identifier stands for one live identifier, fixed
 * where it first appears, and no two captured identifiers stand for the same live one ({@link
 * IdentityMap}). So the structure is still checked: the {@code ;2} half's Linkedid must be the
 * {@code ;1} half's Uniqueid, and a Getvar must answer with the channel the events named. A
 * ChannelId or OtherChannelId that the client sent is data and must come back as it is. Client
 * chunks are sent with their identifiers translated to the live ones.</li>
 * <li><b>Values that vary in shape only</b> ({@link FieldRules#calls()}): times (Timestamp,
 * EventTV, SessionTV, CEL EventTime, Cdr Start/Answer/EndTime), uptimes, session ids, addresses,
 * challenges, the EPOCH variable, and whole seconds elapsed (Duration, BillableSeconds, Seconds),
 * which may be one second off because the capture's timing is known to the millisecond only. CEL
 * {@code Extra} is compared as text with its identifiers mapped: nothing else in it varies.</li>
 * <li><b>Order</b>: each connection's captured blocks are cut into streams (StreamKey,
 * StreamClassifier); within a stream the captured order is kept, across streams any interleaving
 * is accepted. The streams, and the reason each keeps its order:
 * <ul>
 * <li>replies: the banner, the responses and the list items up to their Complete event, in request
 * order (one session thread answers one request after the other); but the items of a list of
 * channels (CoreShowChannels, Status) in any order among themselves, because Asterisk walks a hash
 * container keyed by channel name and the names change from run to run (OrderedStream);</li>
 * <li>an event that answers an action outside a list (OriginateResponse), per ActionID;</li>
 * <li>CEL records per channel (UniqueID), Cdr records per channel: their own subscriptions, so they
 * race with channel events and with each other's channels, but one channel's records keep their
 * order; CEL LINKEDID_END per linkedid (below);</li>
 * <li>DeviceStateChange per device (below for devices backed by channels);</li>
 * <li>other events that carry a channel or bridge: per stasis topic, named by the first identifier
 * in the event (a channel's own Uniqueid; DialBegin/DialEnd: the caller, else the Dest channel;
 * LocalBridge: the {@code ;1} half; Bridge*: the bridge). A topic delivers in order; different
 * channels' topics interleave by thread timing;</li>
 * <li>everything else (FullyBooted, security events, UserEvent without channel, Reload, ...) in
 * the captured order.</li>
 * </ul></li>
 * <li><b>Time</b>: a block may not arrive before the client chunks that were certainly out when
 * Asterisk wrote it, and before each client chunk every block the capture received before it must
 * have arrived (the live replay waits for them). The capture's time stamps are those of the
 * client's reads, and the client read a connection only when it dealt with it (F01's setup
 * connection reads at 1.258 s the events of a call made at 0.254 s), so "certainly out" means sent
 * before the client's previous read on that connection; and since the client sent the chunks of a
 * burst (each less than 20 ms after the one before) without waiting for what the one before caused,
 * it reaches back to the first chunk of that burst (see Transcript).</li>
 * <li><b>The two races the README names</b>: DeviceStateChange of a device backed by channels
 * ({@code Local/...}, {@code Surrogate/...}): runs of identical reports count as one, and a state
 * the capture saw replaced without a new burst of client chunks in between may be missing
 * (DeviceStateStream); other devices are compared report by report. CEL LINKEDID_END may come from
 * either channel of the linkedid, as that channel's CHAN_END record renamed, after every CHAN_END of
 * the linkedid (LinkedIdEndStream).</li>
 * <li><b>The end</b>: the replay reads each connection exactly as long as the capture did (to its
 * last read) and waits for the server's every block up to there ({@link CaptureReplay}). Nothing
 * may follow a connection's captured blocks, but on the setup connection, once the burst of its last
 * request began (the client read it up to that request's response; {@link
 * Transcript#setupRecordingEnded}): any event once all its captured blocks are in, and before that,
 * CEL and Cdr records and DeviceStateChange events when every captured stream of their kind there
 * is done: they come from threads of their own and race the response (the README: CEL and Cdr
 * records interleave differently, channel-backed device states come from an asynchronous step).
 * With {@link Tail#OPEN} (a test checks what it happened to collect), those rules hold on every
 * connection the capture did not see closed, and any event after all its captured blocks is
 * ignored.</li>
 * </ol>
 *
 * <p>When two streams could take a block (two calls that look alike so far), the first in captured
 * order does; if a later block then fits nowhere, the other choices are tried before the comparison
 * fails. A failure names the capture, the connection, the stream, the position in it, the first
 * line that differs, and shows both blocks.
 */
public final class StreamComparison implements TranscriptCheck {
    /** How many re-matchings the search for another mapping may cost before giving up. */
    private static final int MAX_RETRIES = 500;
    /** The kinds of event that come from threads of their own (cel.c, cdr.c, devicestate.c). */
    private static final Set<StreamKey.Kind> OWN_THREADS = EnumSet.of(StreamKey.Kind.CEL, StreamKey.Kind.CDR,
            StreamKey.Kind.LINKEDID_END, StreamKey.Kind.DEVICE);

    private final Transcript transcript;
    private final BlockMatcher matcher;
    private final Map<String, List<ExpectedStream>> streams = new LinkedHashMap<>();
    private final List<LiveBlock> live = new ArrayList<>();
    private final Map<String, Integer> liveCount = new HashMap<>();
    private final Set<IdentityMap.Binding> pins = new LinkedHashSet<>();
    private final Choices choices = new Choices();
    private final NoFitReport report;
    private final Tail tail;
    private State state;

    StreamComparison(Transcript transcript, FieldRules rules, Tail tail) {
        this.transcript = transcript;
        this.tail = tail;
        this.matcher = new BlockMatcher(rules, true);
        for (String conn : transcript.connections()) {
            streams.put(conn, streamsOf(conn));
        }
        this.report = new NoFitReport(transcript, streams);
        this.state = new State();
    }

    private List<ExpectedStream> streamsOf(String conn) {
        StreamClassifier classifier = new StreamClassifier();
        Map<StreamKey, List<ExpectedBlock>> groups = new LinkedHashMap<>();
        List<ExpectedBlock> all = transcript.blocks(conn);
        for (ExpectedBlock b : all) {
            groups.computeIfAbsent(classifier.classify(b.lines()), k -> new ArrayList<>()).add(b);
        }
        List<ExpectedStream> out = new ArrayList<>();
        groups.forEach((key, blocks) -> {
            if (key.kind() == Kind.DEVICE && DeviceStateStream.backedByChannels(key.value())) {
                out.add(new DeviceStateStream(key, conn, blocks));
            } else if (key.kind() == Kind.LINKEDID_END) {
                out.add(new LinkedIdEndStream(key, conn, blocks, all));
            } else {
                out.add(new OrderedStream(key, conn, blocks, transcript.clientIds()));
            }
        });
        return out;
    }

    @Override
    public void received(String connection, String block, int epoch) {
        int index = liveCount.merge(connection, 1, Integer::sum) - 1;
        LiveBlock b = new LiveBlock(connection, index, live.size(), block, BlockReader.lines(block), epoch);
        live.add(b);
        Failure failure = state.apply(b);
        if (failure != null) {
            searchAnotherMapping(failure);
        }
    }

    /** Tries the other choices where two streams could take a block; keeps the first that fits. */
    private void searchAnotherMapping(Failure first) {
        Failure f = first;
        for (int tries = 0; tries < MAX_RETRIES; tries++) {
            choices.forgetAfter(f.block().number());
            if (!choices.next()) {
                break;
            }
            State s = new State();
            f = null;
            for (LiveBlock b : live) {
                f = s.apply(b);
                if (f != null) {
                    break;
                }
            }
            if (f == null) {
                state = s;
                return;
            }
        }
        throw new AssertionError(first.message());
    }

    @Override
    public Optional<Pending> unsettled(int epoch, Collection<String> connections) {
        for (String conn : connections) {
            Optional<Pending> p = firstPending(conn, c -> !c.settledUpTo(epoch));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Pending> unsettled(String connection) {
        return firstPending(connection, c -> !c.complete());
    }

    @Override
    public String translate(String capturedClientData) {
        List<IdentityMap.Binding> used = new ArrayList<>();
        String out = state.ids.translate(capturedClientData, used);
        pins.addAll(used);
        return out;
    }

    @Override
    public void finish() {
        for (String conn : streams.keySet()) {
            unsettled(conn).ifPresent(p -> {
                throw new AssertionError(p.message());
            });
        }
    }

    /** The identifiers mapped so far. */
    IdentityMap identities() {
        return state.ids;
    }

    private Optional<Pending> firstPending(String conn, Predicate<Cursor> pending) {
        Cursor first = null;
        for (Cursor c : state.cursors.getOrDefault(conn, List.of())) {
            if (pending.test(c) && (first == null || c.next().index() < first.next().index())) {
                first = c;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        ExpectedBlock b = first.next();
        ExpectedStream s = first.stream();
        return Optional.of(new Pending(conn, transcript.name() + ", connection '" + conn + "', stream " + s.label
                + ", " + s.unit() + " " + first.nextPosition() + " of " + s.size() + ": not received (the capture received it "
                + (b.epoch() == 0 ? "before any client chunk" : "after " + transcript.describeChunk(b.epoch()))
                + "; blocks received on this connection so far: " + liveCount.getOrDefault(conn, 0) + ")\nexpected block:\n"
                + BlockReader.show(b.text())));
    }

    private record Failure(LiveBlock block, String message) { }

    /**
     * Where the comparison chose among streams that could all take a block: for each such block
     * (by its number), the choice made and how many there were. Explored in order, last first.
     */
    private static final class Choices {
        private final TreeMap<Integer, int[]> points = new TreeMap<>();

        int pick(int block, int count) {
            return points.computeIfAbsent(block, b -> new int[] {0, count})[0];
        }

        void forgetAfter(int block) {
            points.tailMap(block, false).clear();
        }

        boolean next() {
            while (!points.isEmpty()) {
                Map.Entry<Integer, int[]> last = points.lastEntry();
                int[] p = last.getValue();
                if (p[0] + 1 < p[1]) {
                    p[0]++;
                    return true;
                }
                points.remove(last.getKey());
            }
            return false;
        }
    }

    /** One way of matching the blocks received so far: identifiers, stream positions, matched blocks. */
    private final class State implements ExpectedStream.Context {
        final IdentityMap ids = new IdentityMap(transcript.clientIds(), pins);
        final Map<String, List<Cursor>> cursors = new HashMap<>();
        final Set<ExpectedBlock> matched = Collections.newSetFromMap(new IdentityHashMap<>());

        State() {
            streams.forEach((conn, list) -> {
                List<Cursor> cs = new ArrayList<>();
                list.forEach(s -> cs.add(s.start()));
                cursors.put(conn, cs);
            });
        }

        Failure apply(LiveBlock b) {
            List<Accepted> accepts = new ArrayList<>();
            List<Rejected> rejects = new ArrayList<>();
            List<Cursor> mine = cursors.getOrDefault(b.connection(), List.of());
            for (Cursor c : mine) {
                Attempt a = c.attempt(b, this);
                if (a instanceof Accepted acc) {
                    accepts.add(acc);
                } else if (a instanceof ExpectedStream.Alternatives alt) {
                    accepts.addAll(alt.options());
                } else if (a instanceof Rejected r) {
                    rejects.add(r);
                }
            }
            if (accepts.isEmpty()) {
                if (afterTheRecording(b, mine)) {
                    return null;
                }
                return new Failure(b, report.explain(b, rejects, mine, ids));
            }
            accepts.sort(Comparator.comparingInt(a -> a.block().index()));
            accepts.get(accepts.size() == 1 ? 0 : choices.pick(b.number(), accepts.size())).commit();
            return null;
        }

        /**
         * Did the recording stop before this event would have been recorded? Never on a connection
         * the capture saw closed. With {@link Tail#CHECKED}, only on the setup connection, once the
         * burst of its last request began: the client read it up to that request's response (see
         * {@link Transcript#setupRecordingEnded}); the replay reads every other connection exactly as
         * long as the capture did. There, any event once every stream is done; before that, a CEL or
         * Cdr record or a device state, when every stream of its kind there is done (or there is
         * none): those come from threads of their own (cel.c, cdr.c subscriptions, the devicestate.c
         * taskprocessor; captures/README.md: "Events that ... come from different Asterisk
         * subsystems, such as CEL and Cdr records, can interleave differently") and race with the
         * response still owed (G03: the setup connection's capture ends with its Hangup's response,
         * before the CEL HANGUP records and device states that the channel's end caused). With
         * {@link Tail#OPEN}, the same on every connection, and any event once every stream is done.
         */
        private boolean afterTheRecording(LiveBlock b, List<Cursor> mine) {
            String conn = b.connection();
            if (!b.isEvent() || transcript.closes(conn)) {
                return false;
            }
            boolean done = mine.stream().allMatch(Cursor::complete);
            if (tail == Tail.OPEN && done) {
                return true;
            }
            if (tail == Tail.CHECKED && !conn.equals(Capture.SETUP) || b.epoch() < transcript.lastBurstOf(conn)) {
                return false;
            }
            if (done) {
                return true;
            }
            StreamKey.Kind kind = new StreamClassifier().classify(b.lines()).kind();
            return OWN_THREADS.contains(kind)
                    && mine.stream().filter(c -> c.stream().key.kind() == kind).allMatch(Cursor::complete);
        }

        @Override
        public BlockMatcher matcher() {
            return matcher;
        }

        @Override
        public IdentityMap ids() {
            return ids;
        }

        @Override
        public boolean isMatched(ExpectedBlock block) {
            return matched.contains(block);
        }

        @Override
        public void markMatched(ExpectedBlock block) {
            matched.add(block);
        }

        @Override
        public String describeChunk(int number) {
            return transcript.describeChunk(number);
        }
    }
}
