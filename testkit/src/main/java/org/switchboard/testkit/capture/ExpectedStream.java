package org.switchboard.testkit.capture;

import java.util.List;

import org.switchboard.testkit.capture.BlockMatcher.Mismatch;
import org.switchboard.testkit.capture.Transcript.ExpectedBlock;

/**
 * The captured blocks of one stream of one connection, and how received blocks are matched against
 * them. A {@link Cursor} holds one comparison's progress through the stream.
 */
abstract sealed class ExpectedStream permits OrderedStream, DeviceStateStream, LinkedIdEndStream {
    /** A received block, stamped with how many client chunks had been sent when it arrived. */
    record LiveBlock(String connection, int index, int number, String text, List<String> lines, int epoch) {
        boolean isEvent() {
            return lines.get(0).startsWith("Event: ");
        }
    }

    /** What a cursor needs from the comparison. */
    interface Context {
        BlockMatcher matcher();

        IdentityMap ids();

        boolean isMatched(ExpectedBlock block);

        void markMatched(ExpectedBlock block);

        /** "client chunk 4 (connection 'a', 'Action: Hangup')". */
        String describeChunk(int number);
    }

    /** The outcome of offering a received block to a stream. */
    sealed interface Attempt permits Accepted, Alternatives, Rejected { }

    /** The block fits: {@link #commit()} binds its identifiers and moves the cursor on. */
    record Accepted(ExpectedBlock block, IdentityMap.Tx tx, Runnable advance, Context context) implements Attempt {
        void commit() {
            tx.commit();
            context.markMatched(block);
            advance.run();
        }
    }

    /** The block fits several blocks of the stream (items of a list of channels that look alike so far). */
    record Alternatives(List<Accepted> options) implements Attempt { }

    /**
     * The block does not fit {@code block} (the stream's next one, at {@code position} from 1): its
     * lines differ ({@code mismatch}), or they match but it came too soon ({@code orderProblem}).
     */
    record Rejected(ExpectedStream stream, ExpectedBlock block, int position, Mismatch mismatch, String orderProblem)
            implements Attempt { }

    /** One comparison's position in the stream. */
    interface Cursor {
        ExpectedStream stream();

        /** Null when the stream has nothing left that could take a block. */
        Attempt attempt(LiveBlock live, Context context);

        /** Has every block recorded before client chunk {@code epoch + 1} been received? */
        boolean settledUpTo(int epoch);

        boolean complete();

        /** The next block still to come, or null. */
        ExpectedBlock next();

        /** Its position (from 1), for messages. */
        int nextPosition();
    }

    final StreamKey key;
    final String connection;
    final List<ExpectedBlock> blocks;
    final String label;

    ExpectedStream(StreamKey key, String connection, List<ExpectedBlock> blocks) {
        this.key = key;
        this.connection = connection;
        this.blocks = List.copyOf(blocks);
        String channel = new StreamKey.Headers(blocks.get(0).lines()).first("Channel");
        this.label = "'" + key.describe() + "'" + (channel != null && key.value() != null ? " (" + channel + ")" : "");
    }

    abstract Cursor start();

    /** What a position counts, for messages ("block 3 of 12"). */
    String unit() {
        return "block";
    }

    /** How many positions the stream has, for messages ("block 3 of 12"). */
    int size() {
        return blocks.size();
    }

    /** Matches {@code lines} (those of {@code b}, or a stand-in for them), then the arrival time. */
    Attempt offer(ExpectedBlock b, int position, List<String> lines, LiveBlock live, Context ctx, Runnable advance) {
        IdentityMap.Tx tx = ctx.ids().begin();
        Mismatch m = ctx.matcher().match(lines, live.lines(), tx, ctx.ids());
        if (m != null) {
            return new Rejected(this, b, position, m, null);
        }
        if (live.epoch() < b.minEpoch()) {
            return new Rejected(this, b, position, null, "it arrived before " + ctx.describeChunk(b.minEpoch())
                    + " was sent, but the capture received it only after that chunk");
        }
        return new Accepted(b, tx, advance, ctx);
    }
}
