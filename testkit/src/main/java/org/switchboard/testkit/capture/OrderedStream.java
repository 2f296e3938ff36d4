package org.switchboard.testkit.capture;

import java.util.List;

import org.switchboard.testkit.capture.Transcript.ExpectedBlock;

/** A stream whose blocks must all arrive, each once, in the captured order. */
final class OrderedStream extends ExpectedStream {
    OrderedStream(StreamKey key, String connection, List<ExpectedBlock> blocks) {
        super(key, connection, blocks);
    }

    @Override
    Cursor start() {
        return new Cursor() {
            private int pos;

            @Override
            public ExpectedStream stream() {
                return OrderedStream.this;
            }

            @Override
            public Attempt attempt(LiveBlock live, Context context) {
                if (pos == blocks.size()) {
                    return null;
                }
                ExpectedBlock b = blocks.get(pos);
                return offer(b, pos + 1, b.lines(), live, context, () -> pos++);
            }

            @Override
            public boolean settledUpTo(int epoch) {
                return pos == blocks.size() || blocks.get(pos).epoch() > epoch;
            }

            @Override
            public boolean complete() {
                return pos == blocks.size();
            }

            @Override
            public ExpectedBlock next() {
                return pos < blocks.size() ? blocks.get(pos) : null;
            }

            @Override
            public int nextPosition() {
                return pos + 1;
            }
        };
    }
}
