package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.switchboard.testkit.capture.Conversation.Client;
import org.switchboard.testkit.capture.Conversation.Item;
import org.switchboard.testkit.capture.Conversation.Server;
import org.switchboard.testkit.capture.StreamKey.Kind;

/**
 * Runs that a faithful server could not produce, each with the words its failure message must
 * contain. Every method looks for a place in the conversation where its breakage applies (empty
 * when there is none).
 */
final class Breakages {
    /** A broken run and the fragments its failure message must contain. */
    record Broken(Conversation conversation, List<String> fragments) { }

    private Breakages() { }

    /** Position (from 1) of a block in its stream, and the stream's length, on its connection. */
    static int[] position(Conversation c, Server s) {
        int pos = 0;
        int size = 0;
        for (Server o : c.serverBlocks()) {
            if (o.connection().equals(s.connection()) && o.key().equals(s.key())) {
                size++;
                if (o.index() <= s.index()) {
                    pos++;
                }
            }
        }
        return new int[] {pos, size};
    }

    static String label(Server s) {
        return "'" + s.key().describe() + "'";
    }

    /** Two blocks of one channel's stream, captured in one gap between client chunks, swapped. */
    static Optional<Broken> swapInChannelStream(Conversation c) {
        List<Server> blocks = c.serverBlocks();
        for (int i = 0; i < blocks.size(); i++) {
            Server a = blocks.get(i);
            if (a.key().kind() != Kind.ENTITY || position(c, a)[0] < 2) {
                continue;
            }
            for (int j = i + 1; j < blocks.size(); j++) {
                Server b = blocks.get(j);
                if (b.connection().equals(a.connection()) && b.key().equals(a.key())) {
                    if (b.epoch() == a.epoch() && !firstLine(a).equals(firstLine(b))) {
                        List<Item> items = new ArrayList<>(c.items);
                        int ia = c.indexOf(a);
                        int ib = c.indexOf(b);
                        items.set(ia, b);
                        items.set(ib, a);
                        int[] p = position(c, a);
                        return Optional.of(new Broken(c.withItems(items), List.of("fits no expected block",
                                "stream " + label(a), "block " + p[0] + " of " + p[1],
                                "expected '" + firstLine(a) + "', got '" + firstLine(b) + "'")));
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(Server s) {
        return s.lines().get(0);
    }

    /**
     * One header value changed (Privilege, Message, Response, Exten or Context) in a block of a
     * stream that is already under way (or of the replies), about the middle of the conversation.
     */
    static Optional<Broken> changedHeader(Conversation c, boolean streams) {
        List<Server> blocks = c.serverBlocks();
        for (int k = 0; k < blocks.size(); k++) {
            Server s = blocks.get((blocks.size() / 2 + k) % blocks.size());
            boolean underway = !streams || s.key().kind() == Kind.REPLIES || s.key().kind() == Kind.MISC
                    || position(c, s)[0] >= 2;
            if (!underway || Variants.channelBackedDevice(s)) {
                continue;
            }
            List<String> lines = s.lines();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.startsWith("Privilege: ") || l.startsWith("Message: ") || l.startsWith("Response: ")
                        || l.startsWith("Exten: ") || l.startsWith("Context: ")) {
                    String changed = l + "X";
                    String text = s.text().replace(l + "\r\n", changed + "\r\n");
                    return Optional.of(new Broken(replace(c, s, s.withText(text)),
                            List.of("expected '" + l + "', got '" + changed + "'")));
                }
            }
        }
        return Optional.empty();
    }

    /** A Uniqueid already seen, replaced by a new value in one later block. */
    static Optional<Broken> inconsistentUniqueid(Conversation c) {
        for (Server s : c.serverBlocks()) {
            String uid = s.header("Uniqueid");
            if (s.key().kind() == Kind.ENTITY && position(c, s)[0] >= 2 && uid != null && uid.matches("\\d+\\.\\d+")) {
                String text = s.text().replace("Uniqueid: " + uid + "\r\n", "Uniqueid: 1999999999.99999\r\n");
                return Optional.of(new Broken(replace(c, s, s.withText(text)), List.of(
                        "the captured Uniqueid " + uid + " already stands for ", ", not 1999999999.99999")));
            }
        }
        return Optional.empty();
    }

    /** The second half of the first Local pair given the first half's Uniqueid everywhere. */
    static Optional<Broken> twoUniqueidsOnOne(Conversation c) {
        for (Server s : c.serverBlocks()) {
            String uid = s.header("Uniqueid");
            String linked = s.header("Linkedid");
            if ("Newchannel".equals(s.header("Event")) && uid != null && linked != null && !uid.equals(linked)
                    && uid.matches("\\d+\\.\\d+")) {
                Conversation broken = c.mapServer(o -> o.withText(o.text().replace(uid, linked)));
                return Optional.of(new Broken(broken, List.of("the live Uniqueid " + linked
                        + " already stands for the captured " + linked + ", so it cannot stand for " + uid + " too")));
            }
        }
        return Optional.empty();
    }

    /** The last block of a stream (not a channel-backed device state) missing. */
    static Optional<Broken> lastOfStreamMissing(Conversation c, boolean streams) {
        List<Server> blocks = c.serverBlocks();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Server s = blocks.get(i);
            int[] p = position(c, s);
            if (p[0] == p[1] && !Variants.channelBackedDevice(s) && (streams || isLastOfConnection(c, s))) {
                List<Item> items = new ArrayList<>(c.items);
                items.remove(c.indexOf(s));
                List<String> fragments = streams
                        ? List.of("connection '" + s.connection() + "', stream " + label(s), "block " + p[0] + " of " + p[1] + ": not received")
                        : List.of("connection '" + s.connection() + "', block " + (s.index() + 1) + ": missing block");
                return Optional.of(new Broken(c.withItems(items), fragments));
            }
        }
        return Optional.empty();
    }

    private static boolean isLastOfConnection(Conversation c, Server s) {
        for (Server o : c.serverBlocks()) {
            if (o.connection().equals(s.connection()) && o.index() > s.index()) {
                return false;
            }
        }
        return true;
    }

    /** A block from the middle of an under-way stream missing: the next one arrives in its place. */
    static Optional<Broken> middleOfStreamMissing(Conversation c) {
        for (Server s : c.serverBlocks()) {
            int[] p = position(c, s);
            Server next = nextInStream(c, s);
            if (p[0] >= 2 && p[0] < p[1] && s.key().kind() != Kind.DEVICE && next != null && !next.text().equals(s.text())
                    && next.epoch() == s.epoch()) {
                List<Item> items = new ArrayList<>(c.items);
                items.remove(c.indexOf(s));
                return Optional.of(new Broken(c.withItems(items), List.of("fits no expected block",
                        "stream " + label(s), "block " + p[0] + " of " + p[1])));
            }
        }
        return Optional.empty();
    }

    /** A block of an under-way stream sent twice (not a channel-backed device state). */
    static Optional<Broken> extraBlock(Conversation c, boolean streams) {
        for (Server s : c.serverBlocks()) {
            int[] p = position(c, s);
            Server next = nextInStream(c, s);
            boolean ok = streams ? p[0] >= 2 && next != null && !next.text().equals(s.text()) && !Variants.channelBackedDevice(s)
                    : !isLastOfConnection(c, s) && !nextOnConnection(c, s).text().equals(s.text());
            if (ok) {
                List<Item> items = new ArrayList<>(c.items);
                items.add(c.indexOf(s) + 1, s);
                List<String> fragments = streams
                        ? List.of("fits no expected block", "stream " + label(s), "block " + (p[0] + 1) + " of " + p[1])
                        : List.of("connection '" + s.connection() + "', block " + (s.index() + 2) + ", line ");
                return Optional.of(new Broken(c.withItems(items), fragments));
            }
        }
        return Optional.empty();
    }

    private static Server nextInStream(Conversation c, Server s) {
        for (Server o : c.serverBlocks()) {
            if (o.connection().equals(s.connection()) && o.key().equals(s.key()) && o.index() > s.index()) {
                return o;
            }
        }
        return null;
    }

    private static Server nextOnConnection(Conversation c, Server s) {
        for (Server o : c.serverBlocks()) {
            if (o.connection().equals(s.connection()) && o.index() == s.index() + 1) {
                return o;
            }
        }
        throw new IllegalStateException();
    }

    /** The first block of a stream moved before the client chunk that opened its burst. */
    static Optional<Broken> beforeItsBurst(Conversation c) {
        Map<String, Integer> connectedAt = new HashMap<>();
        int sends = 0;
        for (Item i : c.items) {
            if (i instanceof Client cl && cl.step() instanceof Capture.Connect) {
                connectedAt.put(cl.step().connection(), sends);
            } else if (i instanceof Client cl && cl.step() instanceof Capture.Send) {
                sends++;
            }
        }
        for (Server s : c.serverBlocks()) {
            if (position(c, s)[0] == 1 && s.minEpoch() > connectedAt.get(s.connection()) && s.key().kind() != Kind.REPLIES) {
                List<Item> items = new ArrayList<>(c.items);
                items.remove(c.indexOf(s));
                items.add(indexOfSend(items, s.minEpoch()), s);
                return Optional.of(new Broken(c.withItems(items), List.of("stream " + label(s),
                        "the lines match, but it arrived before client chunk " + s.minEpoch() + " (")));
            }
        }
        return Optional.empty();
    }

    private static int indexOfSend(List<Item> items, int number) {
        int sends = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Client cl && cl.step() instanceof Capture.Send && ++sends == number) {
                return i;
            }
        }
        throw new IllegalArgumentException("no client chunk " + number);
    }

    /** A LINKEDID_END moved before the first CHAN_END of its linkedid (within one burst). */
    static Optional<Broken> linkedIdEndTooSoon(Conversation c) {
        for (Server s : c.serverBlocks()) {
            if (s.key().kind() != Kind.LINKEDID_END) {
                continue;
            }
            for (Server o : c.serverBlocks()) {
                if (o.connection().equals(s.connection()) && o.index() < s.index() && "CHAN_END".equals(o.header("EventName"))
                        && s.key().value().equals(o.header("LinkedID")) && o.epoch() >= s.minEpoch()) {
                    List<Item> items = new ArrayList<>(c.items);
                    items.remove(c.indexOf(s));
                    items.add(items.indexOf(o), s);
                    return Optional.of(new Broken(c.withItems(items), List.of("stream " + label(s),
                            "LINKEDID_END comes after the last one")));
                }
            }
        }
        return Optional.empty();
    }

    /** A LINKEDID_END replaced by the CHAN_END record of a channel of another linkedid, renamed. */
    static Optional<Broken> linkedIdEndFromAnotherCall(Conversation c) {
        for (Server s : c.serverBlocks()) {
            if (s.key().kind() != Kind.LINKEDID_END) {
                continue;
            }
            for (Server o : c.serverBlocks()) {
                if (o.connection().equals(s.connection()) && "CHAN_END".equals(o.header("EventName"))
                        && !s.key().value().equals(o.header("LinkedID"))) {
                    String text = o.text().replace("EventName: CHAN_END\r\n", "EventName: LINKEDID_END\r\n");
                    return Optional.of(new Broken(replace(c, s, s.withText(text)), List.of("fits no expected block")));
                }
            }
        }
        return Optional.empty();
    }

    /** Every report of a channel-backed device's state that the capture saw settle (not transient) missing. */
    static Optional<Broken> settledDeviceStateMissing(Conversation c) {
        for (List<List<Server>> runs : Variants.deviceRuns(c).values()) {
            for (int r = 0; r < runs.size(); r++) {
                boolean transientRun = r + 1 < runs.size() && runs.get(r + 1).get(0).minEpoch() == runs.get(r).get(0).minEpoch();
                if (!transientRun) {
                    List<Item> items = new ArrayList<>(c.items);
                    items.removeAll(runs.get(r));
                    return Optional.of(new Broken(c.withItems(items), List.of("stream " + label(runs.get(r).get(0)))));
                }
            }
        }
        return Optional.empty();
    }

    /** A client chunk that names a channel the server announced, sent with the captured name. */
    static Optional<Broken> untranslatedClientChunk(Conversation original, Conversation renumbered) {
        for (int i = 0; i < renumbered.items.size(); i++) {
            if (renumbered.items.get(i) instanceof Client cl && cl.step() instanceof Capture.Send send
                    && original.items.get(i) instanceof Client orig && orig.step() instanceof Capture.Send origSend
                    && !send.data().equals(origSend.data())) {
                List<Item> items = new ArrayList<>(renumbered.items);
                items.set(i, orig);
                return Optional.of(new Broken(renumbered.withItems(items), List.of("differs (identifiers translated)")));
            }
        }
        return Optional.empty();
    }

    private static Conversation replace(Conversation c, Server old, Server with) {
        List<Item> items = new ArrayList<>(c.items);
        items.set(c.indexOf(old), with);
        return c.withItems(items);
    }

    /** Whether the text holds a Uniqueid or Local channel number at all. */
    static boolean hasIdentifiers(String text) {
        Matcher m = IdKind.UNIQUEID.token().matcher(text);
        return m.find() || IdKind.LOCAL_SEQUENCE.token().matcher(text).find();
    }
}
