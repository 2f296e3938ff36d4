package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.switchboard.testkit.capture.StreamKey.Headers;
import org.switchboard.testkit.capture.Transcript.ExpectedBlock;

/**
 * The CEL LINKEDID_END record(s) of one linkedid. cel.c check_retire_linkedid sends it right after
 * the CHAN_END of the channel that drops the linkedid's count to zero, with that channel's
 * snapshot; when both halves of a pair go down together, which one that is is a race
 * (captures/README.md).
 *
 * <p>Tolerated, exactly: the live record may be the captured one, or the captured CHAN_END record
 * of another channel of the same linkedid with its EventName changed to LINKEDID_END (the other
 * half ended last). Either way it must come after every CHAN_END record of that linkedid that the
 * capture shows before it on the connection.
 */
final class LinkedIdEndStream extends ExpectedStream {
    /** A captured LINKEDID_END, the CHAN_END records that must come first, and its stand-ins. */
    private record Entry(ExpectedBlock block, List<ExpectedBlock> chanEnds, List<List<String>> alternatives) { }

    private final List<Entry> entries = new ArrayList<>();

    LinkedIdEndStream(StreamKey key, String connection, List<ExpectedBlock> blocks, List<ExpectedBlock> connectionBlocks) {
        super(key, connection, blocks);
        for (ExpectedBlock b : blocks) {
            String uniqueId = new Headers(b.lines()).first("UniqueID");
            List<ExpectedBlock> chanEnds = new ArrayList<>();
            List<List<String>> alternatives = new ArrayList<>();
            for (ExpectedBlock other : connectionBlocks) {
                Headers h = new Headers(other.lines());
                if (other.index() < b.index() && "CEL".equals(h.first("Event")) && "CHAN_END".equals(h.first("EventName"))
                        && key.value() != null && key.value().equals(h.first("LinkedID"))) {
                    chanEnds.add(other);
                    if (!Objects.equals(h.first("UniqueID"), uniqueId)) {
                        alternatives.add(asLinkedIdEnd(other.lines()));
                    }
                }
            }
            entries.add(new Entry(b, chanEnds, alternatives));
        }
    }

    private static List<String> asLinkedIdEnd(List<String> chanEnd) {
        List<String> out = new ArrayList<>(chanEnd);
        out.replaceAll(l -> l.equals("EventName: CHAN_END") ? "EventName: LINKEDID_END" : l);
        return List.copyOf(out);
    }

    private static boolean afterEveryChanEnd(Entry e, Context context) {
        return e.chanEnds().stream().allMatch(context::isMatched);
    }

    private static String pendingChannels(Entry e, Context context) {
        List<String> names = new ArrayList<>();
        for (ExpectedBlock b : e.chanEnds()) {
            if (!context.isMatched(b)) {
                names.add(new Headers(b.lines()).first("Channel"));
            }
        }
        return String.join(", ", names);
    }

    @Override
    Cursor start() {
        return new Cursor() {
            private int pos;

            @Override
            public ExpectedStream stream() {
                return LinkedIdEndStream.this;
            }

            @Override
            public Attempt attempt(LiveBlock live, Context context) {
                if (pos == entries.size()) {
                    return null;
                }
                Entry e = entries.get(pos);
                List<List<String>> forms = new ArrayList<>();
                forms.add(e.block().lines());
                forms.addAll(e.alternatives());
                Attempt best = null;
                for (List<String> form : forms) {
                    Attempt a = offer(e.block(), pos + 1, form, live, context, () -> pos++);
                    if (a instanceof Accepted) {
                        return afterEveryChanEnd(e, context) ? a : new Rejected(LinkedIdEndStream.this, e.block(),
                                pos + 1, null, "it arrived before the CHAN_END record of every channel of the linkedid"
                                + " (" + pendingChannels(e, context) + " not yet), but LINKEDID_END comes after the last one");
                    }
                    if (best == null || ((Rejected) a).orderProblem() != null) {
                        best = a;
                    }
                }
                return best;
            }

            @Override
            public boolean settledUpTo(int epoch) {
                return pos == entries.size() || entries.get(pos).block().epoch() > epoch;
            }

            @Override
            public boolean complete() {
                return pos == entries.size();
            }

            @Override
            public ExpectedBlock next() {
                return pos < entries.size() ? entries.get(pos).block() : null;
            }

            @Override
            public int nextPosition() {
                return pos + 1;
            }
        };
    }
}
