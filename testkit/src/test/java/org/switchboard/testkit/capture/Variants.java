package org.switchboard.testkit.capture;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;

import org.switchboard.testkit.capture.Conversation.Client;
import org.switchboard.testkit.capture.Conversation.Item;
import org.switchboard.testkit.capture.Conversation.Server;
import org.switchboard.testkit.capture.StreamKey.Kind;

/**
 * Other runs of a captured conversation that a faithful server could produce: what a real Asterisk
 * varies from run to run (captures/README.md), made on purpose.
 */
final class Variants {
    static final long SHIFT_SECONDS = 3723;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TV = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private Variants() { }

    /**
     * Gives every identifier the server handed out a new value, consistently: Uniqueids shifted in
     * both parts, Local channel numbers by 0x1234, bridge ids made up. Client chunks mention the new
     * values where the server had sent them before (as the replay translates them).
     */
    static Conversation renumber(Conversation c, Set<String> clientIds) {
        Map<IdKind, Map<String, String>> map = new EnumMap<>(IdKind.class);
        for (IdKind k : IdKind.values()) {
            map.put(k, new HashMap<>());
        }
        List<Item> out = new ArrayList<>();
        for (Item i : c.items) {
            if (i instanceof Server s) {
                StringBuilder b = new StringBuilder();
                for (String line : s.text().split("(?<=\r\n)")) {
                    b.append(line.startsWith("Timestamp: ") ? line : renumberLine(line, map, clientIds, true));
                }
                out.add(s.withText(b.toString()));
            } else if (((Client) i).step() instanceof Capture.Send send) {
                String data = renumberLine(send.data(), map, clientIds, false);
                out.add(new Client(new Capture.Send(send.connection(), data, send.at())));
            } else {
                out.add(i);
            }
        }
        return c.withItems(out);
    }

    private static String renumberLine(String line, Map<IdKind, Map<String, String>> map, Set<String> fixed, boolean server) {
        int at = FieldRules.valueStart(line.strip());
        String header = at < 0 ? "" : line.substring(0, at - 2);
        String text = line;
        for (IdKind kind : IdKind.values()) {
            if (server && !kind.appliesTo(header)) {
                continue;
            }
            Matcher m = kind.token().matcher(text);
            StringBuilder b = new StringBuilder();
            int last = 0;
            while (m.find()) {
                String id = m.group(1);
                String to = map.get(kind).get(id);
                if (to == null && server && !fixed.contains(id)) {
                    to = fresh(kind, id);
                    map.get(kind).put(id, to);
                }
                if (to != null) {
                    b.append(text, last, m.start(1)).append(to);
                    last = m.end(1);
                }
            }
            text = b.append(text, last, text.length()).toString();
        }
        return text;
    }

    private static String fresh(IdKind kind, String id) {
        return switch (kind) {
            case UNIQUEID -> {
                int dot = id.indexOf('.');
                yield (Long.parseLong(id.substring(0, dot)) + 12345) + "." + (Long.parseLong(id.substring(dot + 1)) + 7000);
            }
            case LOCAL_SEQUENCE -> String.format("%08x", (Long.parseLong(id, 16) + 0x1234) & 0xffffffffL);
            case BRIDGE -> UUID.nameUUIDFromBytes(id.getBytes()).toString();
            case MIXMONITOR -> "0x" + Long.toHexString(Long.parseLong(id.substring(2), 16) + 0x40);
        };
    }

    /** Moves every clock value by {@link #SHIFT_SECONDS}, elapsed seconds by one, addresses and challenges. */
    static Conversation shiftTimes(Conversation c, boolean calls) {
        return c.mapServer(s -> {
            StringBuilder b = new StringBuilder();
            String previous = null;
            for (String line : BlockReader.lines(s.text())) {
                b.append(shiftLine(previous, line, calls)).append("\r\n");
                previous = line;
            }
            String text = s.text().startsWith("Asterisk Call Manager/") ? b.toString() : b.append("\r\n").toString();
            return s.withText(text);
        });
    }

    private static String shiftLine(String previous, String line, boolean calls) {
        int at = FieldRules.valueStart(line);
        if (at < 0) {
            return line;
        }
        String header = line.substring(0, at - 2);
        String v = line.substring(at);
        String shifted = switch (header) {
            case "Timestamp" -> v.matches("\\d+\\.\\d{6}")
                    ? (Long.parseLong(v.substring(0, v.indexOf('.'))) + SHIFT_SECONDS) + v.substring(v.indexOf('.')) : v;
            case "Uptime", "LastReload" -> v.matches("\\d+") ? String.valueOf(Long.parseLong(v) + SHIFT_SECONDS) : v;
            case "EventTV", "SessionTV" -> v.matches("\\d{4}-.*[+-]\\d{4}")
                    ? OffsetDateTime.parse(v, TV).plusSeconds(SHIFT_SECONDS).format(TV) : v;
            case "EventTime", "StartTime", "AnswerTime", "EndTime" -> calls && v.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")
                    ? LocalDateTime.parse(v, DATE_TIME).plusSeconds(SHIFT_SECONDS).format(DATE_TIME) : v;
            case "Duration", "BillableSeconds", "Seconds" -> calls ? plusOneSecond(v) : v;
            case "SessionID" -> v.startsWith("0x") ? "0x5eed" + v.substring(2) : v;
            case "RemoteAddress" -> v.matches("IPV4/TCP/.*/\\d+")
                    ? v.substring(0, v.lastIndexOf('/') + 1) + (Integer.parseInt(v.substring(v.lastIndexOf('/') + 1)) + 1) : v;
            case "Challenge" -> v.matches("\\d{1,9}") ? String.valueOf((Long.parseLong(v) + 1) % 1_000_000_000L) : v;
            case "Value" -> "Variable: EPOCH".equals(previous) && v.matches("\\d+")
                    ? String.valueOf(Long.parseLong(v) + SHIFT_SECONDS) : v;
            case "Variable" -> v.matches("EPOCH=\\d+") ? "EPOCH=" + (Long.parseLong(v.substring(6)) + SHIFT_SECONDS) : v;
            default -> v;
        };
        return header + ": " + shifted;
    }

    private static String plusOneSecond(String v) {
        if (v.matches("\\d+")) {
            return String.valueOf(Long.parseLong(v) + 1);
        }
        if (v.matches("\\d\\d:\\d\\d:\\d\\d")) {
            int s = Integer.parseInt(v.substring(0, 2)) * 3600 + Integer.parseInt(v.substring(3, 5)) * 60
                    + Integer.parseInt(v.substring(6)) + 1;
            return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return v;
    }

    /**
     * Interleaves the streams of each connection at random, keeping each stream's order, every
     * block no sooner than its burst allows and no later than the next client chunk, and LINKEDID_END
     * after the CHAN_END records of its linkedid. Client steps stay in order.
     */
    static Conversation reorder(Conversation c, Random random) {
        List<Capture.Step> clientSteps = new ArrayList<>();
        List<Integer> sendsBefore = new ArrayList<>();
        Map<String, Integer> connectEpoch = new HashMap<>();
        int sends = 0;
        for (Item i : c.items) {
            if (i instanceof Client cl) {
                clientSteps.add(cl.step());
                sendsBefore.add(sends);
                if (cl.step() instanceof Capture.Connect) {
                    connectEpoch.put(cl.step().connection(), sends);
                }
                if (cl.step() instanceof Capture.Send) {
                    sends++;
                }
            }
        }
        // per connection and stream, the blocks still to place, in order
        Map<String, Map<Object, List<Server>>> queues = new LinkedHashMap<>();
        for (Server s : c.serverBlocks()) {
            queues.computeIfAbsent(s.connection(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
        }
        Set<Server> placed = new HashSet<>();
        List<List<Server>> slots = new ArrayList<>();
        for (int k = 0; k <= sends; k++) {
            List<Server> slot = new ArrayList<>();
            for (Map.Entry<String, Map<Object, List<Server>>> conn : queues.entrySet()) {
                int low = connectEpoch.getOrDefault(conn.getKey(), 0);
                while (true) {
                    List<Server> eligible = new ArrayList<>();
                    boolean due = false;
                    for (List<Server> q : conn.getValue().values()) {
                        if (q.isEmpty()) {
                            continue;
                        }
                        Server head = q.get(0);
                        due |= head.epoch() == k;
                        if (Math.max(head.minEpoch(), low) <= k && head.epoch() >= k && afterItsChanEnds(head, c, placed)
                                && (head.index() == 0 || placedFirstOf(conn.getKey(), c, placed))) {
                            eligible.add(head);
                        }
                    }
                    if (!due) {
                        break;
                    }
                    Server pick = eligible.get(random.nextInt(eligible.size()));
                    conn.getValue().get(pick.key()).remove(0);
                    placed.add(pick);
                    slot.add(pick);
                }
            }
            slots.add(slot);
        }
        List<Item> out = new ArrayList<>();
        int slot = 0;
        List<Capture.Step> closes = new ArrayList<>();
        for (int i = 0; i < clientSteps.size(); i++) {
            Capture.Step step = clientSteps.get(i);
            if (step instanceof Capture.Send) {
                slots.get(slot++).forEach(out::add);
                closes.forEach(cl -> out.add(new Client(cl)));
                closes.clear();
                out.add(new Client(step));
            } else if (step instanceof Capture.Closed) {
                closes.add(step);
            } else {
                out.add(new Client(step));
            }
        }
        slots.get(slot).forEach(out::add);
        closes.forEach(cl -> out.add(new Client(cl)));
        return c.withItems(out);
    }

    /** Whether the connection's first block (the banner) is out: nothing can come before it. */
    private static boolean placedFirstOf(String connection, Conversation c, Set<Server> placed) {
        for (Server s : c.serverBlocks()) {
            if (s.connection().equals(connection) && s.index() == 0) {
                return placed.contains(s);
            }
        }
        return true;
    }

    private static boolean afterItsChanEnds(Server head, Conversation c, Set<Server> placed) {
        if (head.key().kind() != Kind.LINKEDID_END) {
            return true;
        }
        for (Server s : c.serverBlocks()) {
            if (s.connection().equals(head.connection()) && s.index() < head.index() && "CHAN_END".equals(s.header("EventName"))
                    && head.header("LinkedID").equals(s.header("LinkedID")) && !placed.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** Where the other half of a pair could have sent LINKEDID_END: its CHAN_END record, renamed. */
    static Conversation otherHalfEndsLinkedId(Conversation c) {
        return c.mapServer(s -> {
            if (s.key().kind() != Kind.LINKEDID_END) {
                return s;
            }
            for (Server other : c.serverBlocks()) {
                if (other.connection().equals(s.connection()) && other.index() < s.index()
                        && "CHAN_END".equals(other.header("EventName"))
                        && s.header("LinkedID").equals(other.header("LinkedID"))
                        && !other.header("UniqueID").equals(s.header("UniqueID"))) {
                    return s.withText(other.text().replace("EventName: CHAN_END\r\n", "EventName: LINKEDID_END\r\n"));
                }
            }
            return s;
        });
    }

    /** The items of every list whose items name channels, in reverse order (Complete stays last). */
    static Conversation channelListsReversed(Conversation c) {
        List<Item> out = new ArrayList<>(c.items);
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= out.size(); i++) {
            boolean item = i < out.size() && out.get(i) instanceof Server s && s.key().kind() == Kind.REPLIES
                    && s.text().startsWith("Event: ") && s.header("ActionID") != null && !"Complete".equals(s.header("EventList"))
                    && Breakages.hasIdentifiers(s.text());
            if (item && (run.isEmpty() || ((Server) out.get(run.get(0))).header("ActionID").equals(((Server) out.get(i)).header("ActionID")))) {
                run.add(i);
                continue;
            }
            List<Item> items = new ArrayList<>();
            run.forEach(r -> items.add(out.get(r)));
            Collections.reverse(items);
            for (int k = 0; k < run.size(); k++) {
                out.set(run.get(k), items.get(k));
            }
            run.clear();
            if (item) {
                run.add(i);
            }
        }
        return c.withItems(out);
    }

    /** Repeats of a channel-backed device's state: one of each pair dropped, or one more added. */
    static Conversation deviceStateRepeats(Conversation c, boolean drop) {
        List<Item> out = new ArrayList<>();
        Server previous = null;
        for (Item i : c.items) {
            if (i instanceof Server s && channelBackedDevice(s) && previous != null && previous.text().equals(s.text())
                    && previous.connection().equals(s.connection())) {
                if (!drop) {
                    out.add(s);
                    out.add(s);
                }
                previous = null;
                continue;
            }
            if (i instanceof Server s && channelBackedDevice(s)) {
                previous = s;
            }
            out.add(i);
        }
        return c.withItems(out);
    }

    /** Drops every state of a channel-backed device that the capture saw replaced within the same burst. */
    static Conversation dropTransientDeviceStates(Conversation c) {
        Set<Server> drop = new HashSet<>();
        for (List<List<Server>> runs : deviceRuns(c).values()) {
            for (int r = 0; r + 1 < runs.size(); r++) {
                if (runs.get(r).get(0).minEpoch() == runs.get(r + 1).get(0).minEpoch()) {
                    drop.addAll(runs.get(r));
                }
            }
        }
        List<Item> out = new ArrayList<>(c.items);
        out.removeIf(drop::contains);
        return c.withItems(out);
    }

    /** Runs of identical reports per connection and channel-backed device. */
    static Map<String, List<List<Server>>> deviceRuns(Conversation c) {
        Map<String, List<List<Server>>> runs = new LinkedHashMap<>();
        for (Server s : c.serverBlocks()) {
            if (!channelBackedDevice(s)) {
                continue;
            }
            List<List<Server>> list = runs.computeIfAbsent(s.connection() + "|" + s.key().value(), k -> new ArrayList<>());
            if (list.isEmpty() || !list.get(list.size() - 1).get(0).text().equals(s.text())) {
                list.add(new ArrayList<>());
            }
            list.get(list.size() - 1).add(s);
        }
        return runs;
    }

    static boolean channelBackedDevice(Server s) {
        return s.key().kind() == Kind.DEVICE && DeviceStateStream.backedByChannels(s.key().value());
    }
}
