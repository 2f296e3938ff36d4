package org.switchboard.testkit.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.switchboard.testkit.capture.Transcript.ExpectedBlock;

/**
 * A capture as a list of client steps and server blocks, each block stamped as the comparison sees
 * it (epoch, earliest epoch, stream), so that tests can make other runs of it: renumbered, shifted,
 * reordered, or broken. {@link #toCapture} writes it back as a {@link Capture}.
 */
final class Conversation {
    sealed interface Item permits Client, Server { }

    /** A client step (Connect, Send, Closed), in its original order. */
    record Client(Capture.Step step) implements Item { }

    /** A server block; {@code epoch}/{@code minEpoch}/{@code key} as the capture recorded it. */
    record Server(String connection, String text, int index, int epoch, int minEpoch, StreamKey key) implements Item {
        Server withText(String t) {
            return new Server(connection, t, index, epoch, minEpoch, key);
        }

        List<String> lines() {
            return BlockReader.lines(text);
        }

        String header(String name) {
            return new StreamKey.Headers(lines()).first(name);
        }
    }

    final String name;
    final List<Item> items;

    Conversation(String name, List<Item> items) {
        this.name = name;
        this.items = List.copyOf(items);
    }

    static Conversation of(Capture capture) {
        Transcript t = Transcript.of(capture, ReplayOptions.defaults().burstGap());
        Map<String, StreamClassifier> classifiers = new HashMap<>();
        Map<String, Integer> next = new HashMap<>();
        Map<String, BlockReader> readers = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (Capture.Step step : capture.steps()) {
            String conn = step.connection();
            if (step instanceof Capture.Expect e) {
                for (String ignored : readers.computeIfAbsent(conn, c -> new BlockReader()).feed(e.data())) {
                    int i = next.merge(conn, 1, Integer::sum) - 1;
                    ExpectedBlock b = t.blocks(conn).get(i);
                    StreamKey key = classifiers.computeIfAbsent(conn, c -> new StreamClassifier()).classify(b.lines());
                    items.add(new Server(conn, b.text(), i, b.epoch(), b.minEpoch(), key));
                }
            } else {
                items.add(new Client(step));
            }
        }
        return new Conversation(capture.name(), items);
    }

    Conversation withItems(List<Item> newItems) {
        return new Conversation(name, newItems);
    }

    /** Applies {@code f} to every server block's text. */
    Conversation mapServer(UnaryOperator<Server> f) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            out.add(i instanceof Server s ? f.apply(s) : i);
        }
        return withItems(out);
    }

    List<Server> serverBlocks() {
        List<Server> out = new ArrayList<>();
        for (Item i : items) {
            if (i instanceof Server s) {
                out.add(s);
            }
        }
        return out;
    }

    int indexOf(Server s) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == s) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in this conversation");
    }

    /**
     * Writes it back. With {@code chunking} null, consecutive blocks of a connection share one
     * chunk; otherwise they are cut into chunks at random places (mid-line too).
     */
    Capture toCapture(Random chunking) {
        List<Capture.Step> steps = new ArrayList<>();
        Duration at = Duration.ZERO;
        StringBuilder run = new StringBuilder();
        String runConn = null;
        for (Item i : items) {
            if (i instanceof Server s) {
                if (runConn != null && !runConn.equals(s.connection())) {
                    flush(steps, runConn, run, at, chunking);
                }
                runConn = s.connection();
                run.append(s.text());
            } else {
                flush(steps, runConn, run, at, chunking);
                runConn = null;
                Capture.Step step = ((Client) i).step();
                at = step.at();
                steps.add(step);
            }
        }
        flush(steps, runConn, run, at, chunking);
        return Capture.of(name, steps);
    }

    private static void flush(List<Capture.Step> steps, String conn, StringBuilder run, Duration at, Random chunking) {
        if (conn == null || run.isEmpty()) {
            run.setLength(0);
            return;
        }
        String text = run.toString();
        run.setLength(0);
        if (chunking == null) {
            steps.add(new Capture.Expect(conn, text, at));
            return;
        }
        int pos = 0;
        while (pos < text.length()) {
            int len = 1 + chunking.nextInt(Math.max(1, Math.min(text.length() - pos, 700)));
            steps.add(new Capture.Expect(conn, text.substring(pos, pos + len), at));
            pos += len;
        }
    }
}
