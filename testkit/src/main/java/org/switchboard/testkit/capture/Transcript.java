package org.switchboard.testkit.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A capture seen as the comparisons need it: each connection's server output cut into blocks, each
 * block stamped with how many client chunks had been sent before it was recorded, and the client
 * chunks grouped into bursts.
 *
 * <p>When may a live server send a block? The capture's time stamps are those of the client's
 * reads, and the client read a connection only when it dealt with it: the setup connection of
 * F01 gets at 1.258 s the events of a call made at 0.254 s. So the capture only says that Asterisk
 * wrote a block after the client's previous read on that connection returned; the client chunks
 * sent before that read are the ones certainly out before the block. And a block may have been
 * caused by any chunk of a burst: a run of client chunks each sent less than the burst gap after
 * the one before (any connection). The captures' client either answers at once (0-2 ms) or pauses
 * (50 ms or more), and Asterisk's output follows a request within 3 ms unless a dialplan timer
 * caused it (300 ms or more). Hence {@code minEpoch}: the first chunk of the burst of the last
 * chunk sent before the previous read on the connection.
 */
final class Transcript {
    /** One client chunk; {@code number} counts from 1 over all connections. */
    record ClientChunk(int number, String connection, String data, Duration at, int burstStart) {
        String firstLine() {
            int eol = data.indexOf('\n');
            return (eol < 0 ? data : data.substring(0, eol)).strip();
        }
    }

    /**
     * A block the capture received. {@code epoch}: client chunks sent before it was recorded;
     * {@code minEpoch}: how many must have been sent before a live server may send it (see above;
     * 0 when nothing bounds it).
     */
    record ExpectedBlock(String connection, int index, String text, List<String> lines, int epoch, int minEpoch) {
        boolean isEvent() {
            return lines.get(0).startsWith("Event: ");
        }
    }

    private final String name;
    private final Map<String, List<ExpectedBlock>> blocks = new LinkedHashMap<>();
    private final List<ClientChunk> chunks = new ArrayList<>();
    private final Set<String> closed = new HashSet<>();
    private final Set<String> clientIds = new HashSet<>();

    private Transcript(String name) {
        this.name = name;
    }

    static Transcript of(Capture capture, Duration burstGap) {
        Transcript t = new Transcript(capture.name());
        Map<String, BlockReader> readers = new LinkedHashMap<>();
        Map<String, Integer> readAt = new HashMap<>();
        Map<String, Integer> startedAt = new HashMap<>();
        int burstStart = 0;
        Duration lastSend = null;
        for (Capture.Step step : capture.steps()) {
            String conn = step.connection();
            t.blocks.computeIfAbsent(conn, c -> new ArrayList<>());
            if (step instanceof Capture.Send s) {
                int number = t.chunks.size() + 1;
                if (lastSend == null || s.at().minus(lastSend).compareTo(burstGap) >= 0) {
                    burstStart = number;
                }
                lastSend = s.at();
                t.chunks.add(new ClientChunk(number, conn, s.data(), s.at(), burstStart));
                t.clientIds.addAll(clientChosenIds(s.data()));
            } else if (step instanceof Capture.Expect e) {
                int epoch = t.chunks.size();
                // produced after the previous read on this connection returned (or the connect)
                int minEpoch = t.burstStartOf(readAt.getOrDefault(conn, 0));
                BlockReader reader = readers.computeIfAbsent(conn, c -> new BlockReader());
                boolean continued = !reader.leftover().isEmpty();
                List<ExpectedBlock> list = t.blocks.get(conn);
                for (String b : reader.feed(e.data())) {
                    int bound = continued ? Math.min(minEpoch, startedAt.getOrDefault(conn, minEpoch)) : minEpoch;
                    continued = false;
                    list.add(new ExpectedBlock(conn, list.size(), b, BlockReader.lines(b), epoch, bound));
                }
                if (!reader.leftover().isEmpty() && !continued) {
                    startedAt.put(conn, minEpoch);
                }
                readAt.put(conn, epoch);
            } else if (step instanceof Capture.Closed) {
                t.closed.add(conn);
            }
        }
        return t;
    }

    /**
     * Values a client chose for identifiers (Originate ChannelId/OtherChannelId; manager.c
     * action_originate): Asterisk uses them verbatim (and "&lt;id&gt;;2" for a Local pair's second
     * half), so they are data, never mapped.
     */
    private static Set<String> clientChosenIds(String data) {
        Set<String> ids = new HashSet<>();
        for (String line : data.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if ((header.equals("channelid") || header.equals("otherchannelid")) && !value.isEmpty()) {
                    ids.add(value);
                    ids.add(value + ";2");
                }
            }
        }
        return ids;
    }

    /** The first chunk of the burst that chunk {@code number} belongs to (0 for 0). */
    private int burstStartOf(int number) {
        return number == 0 ? 0 : chunks.get(number - 1).burstStart();
    }

    String name() {
        return name;
    }

    Set<String> connections() {
        return blocks.keySet();
    }

    List<ExpectedBlock> blocks(String connection) {
        return blocks.getOrDefault(connection, List.of());
    }

    List<ClientChunk> chunks() {
        return chunks;
    }

    /** Client chunk {@code number} (from 1). */
    ClientChunk chunk(int number) {
        return chunks.get(number - 1);
    }

    /** The first chunk of the burst of the last client chunk sent on {@code connection} (0 if none). */
    int lastBurstOf(String connection) {
        for (int i = chunks.size() - 1; i >= 0; i--) {
            if (chunks.get(i).connection().equals(connection)) {
                return chunks.get(i).burstStart();
            }
        }
        return 0;
    }

    /**
     * Did the recording of {@code connection} end before a block that arrives on it after {@code
     * epoch} client chunks? Only for the setup connection (captures/README.md: "a separate
     * 'setup connection', logged in as admin, prepares that state first"), once the burst of its
     * last chunk began: the client reads it up to the response of its last request and moves on
     * to the recorded steps, while the events that request caused come from Asterisk's stasis
     * threads and race that response (M01: the setup's Hangup response is its last block; the
     * SoftHangupRequest it caused reaches connection 'a' after it; T05: presencestate.c publishes
     * a PresenceStateChange for every write, even of the same state, which no recorded connection
     * was logged in to see).
     */
    boolean setupRecordingEnded(String connection, int epoch) {
        return connection.equals(Capture.SETUP) && !closes(connection) && epoch >= lastBurstOf(connection);
    }

    boolean closes(String connection) {
        return closed.contains(connection);
    }

    Set<String> clientIds() {
        return clientIds;
    }

    /** "client chunk 4 (connection 'a', 'Action: Hangup')", for messages. */
    String describeChunk(int number) {
        if (number <= 0 || number > chunks.size()) {
            return "the start";
        }
        ClientChunk c = chunk(number);
        return "client chunk " + number + " (connection '" + c.connection() + "', '" + c.firstLine() + "')";
    }
}
