package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

import org.switchboard.testkit.capture.StreamKey.Headers;
import org.switchboard.testkit.capture.Transcript.ExpectedBlock;

/**
 * A stream whose blocks must all arrive, each once, in the captured order; except the items of a
 * list of channels, which may come in any order among themselves (still after the list's response
 * and before its Complete event). Asterisk lists channels from hash containers keyed by channel
 * name (stasis_channels.c channel_cache_by_name for CoreShowChannels, the channel storage for
 * Status), so their order follows the names, and the names change from run to run: F01 lists
 * {@code ;1} before {@code ;2}, G01 {@code ;2} before {@code ;1}.
 */
final class OrderedStream extends ExpectedStream {
    /** Blocks that take one place in the order: one block, or the items of one list of channels. */
    private final List<List<ExpectedBlock>> places = new ArrayList<>();

    OrderedStream(StreamKey key, String connection, List<ExpectedBlock> blocks, Set<String> clientIds) {
        super(key, connection, blocks);
        List<ExpectedBlock> items = null;
        String listId = null;
        for (ExpectedBlock b : blocks) {
            Headers h = new Headers(b.lines());
            boolean item = items != null && h.first("Event") != null && Objects.equals(listId, h.first("ActionID"))
                    && !"Complete".equals(h.first("EventList"));
            if (item && namesChannels(b, clientIds)) {
                items.add(b);
                continue;
            }
            if (items != null && !items.isEmpty()) {
                places.add(items);
            }
            items = null;
            places.add(List.of(b));
            if (h.first("Response") != null && "start".equals(h.first("EventList"))) {
                items = new ArrayList<>();
                listId = h.first("ActionID");
            }
        }
        if (items != null && !items.isEmpty()) {
            places.add(items);
        }
    }

    /** Does the block name a channel by a run-dependent identifier? */
    private static boolean namesChannels(ExpectedBlock b, Set<String> clientIds) {
        for (IdKind kind : new IdKind[] {IdKind.UNIQUEID, IdKind.LOCAL_SEQUENCE}) {
            Matcher m = kind.token().matcher(b.text());
            while (m.find()) {
                if (!clientIds.contains(m.group(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    Cursor start() {
        return new Cursor() {
            private int place;
            private final Set<ExpectedBlock> done = Collections.newSetFromMap(new IdentityHashMap<>());

            @Override
            public ExpectedStream stream() {
                return OrderedStream.this;
            }

            @Override
            public Attempt attempt(LiveBlock live, Context context) {
                if (place == places.size()) {
                    return null;
                }
                List<Accepted> fits = new ArrayList<>();
                Attempt closest = null;
                for (ExpectedBlock b : places.get(place)) {
                    if (done.contains(b)) {
                        continue;
                    }
                    Attempt a = offer(b, blocks.indexOf(b) + 1, b.lines(), live, context, () -> take(b));
                    if (a instanceof Accepted acc) {
                        fits.add(acc);
                    } else if (closest == null || closer((Rejected) a, (Rejected) closest)) {
                        closest = a;
                    }
                }
                return fits.isEmpty() ? closest : fits.size() == 1 ? fits.get(0) : new Alternatives(fits);
            }

            private void take(ExpectedBlock b) {
                done.add(b);
                if (done.size() == places.get(place).size()) {
                    done.clear();
                    place++;
                }
            }

            @Override
            public boolean settledUpTo(int epoch) {
                if (place == places.size()) {
                    return true;
                }
                for (ExpectedBlock b : places.get(place)) {
                    if (!done.contains(b) && b.epoch() <= epoch) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public boolean complete() {
                return place == places.size();
            }

            @Override
            public ExpectedBlock next() {
                if (place == places.size()) {
                    return null;
                }
                for (ExpectedBlock b : places.get(place)) {
                    if (!done.contains(b)) {
                        return b;
                    }
                }
                return null;
            }

            @Override
            public int nextPosition() {
                ExpectedBlock b = next();
                return b == null ? blocks.size() + 1 : blocks.indexOf(b) + 1;
            }
        };
    }

    private static boolean closer(Rejected a, Rejected than) {
        if (a.orderProblem() != null || than.orderProblem() != null) {
            return than.orderProblem() == null;
        }
        return a.mismatch().matchedLines() > than.mismatch().matchedLines();
    }
}
