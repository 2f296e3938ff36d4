package org.switchboard.testkit.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.pbx.time.VirtualClock;
import org.switchboard.testkit.AmiTestClient;

/**
 * Replays a {@link Capture} against a live server and checks that every connection receives what
 * the real Asterisk sent. How strictly is the {@link ReplayMode}: {@link ReplayMode#STRICT} (every
 * block in order, only {@link FieldRules} values may differ) for conversations without calls,
 * {@link ReplayMode#STREAMS} (identifiers mapped, per-stream order, the races Asterisk has; see
 * {@link StreamComparison}) for calls; {@link ReplayMode#AUTO} picks one per capture.
 *
 * <p>A client connects or sends a chunk only after every connection has received every block the
 * capture shows before that moment, so the conversation keeps the captured timeline (a reply the
 * capture saw before another client logged in arrives before that login's events). Client chunks
 * go out with captured identifiers replaced by the live ones they stand for. With a virtual clock
 * ({@link ReplayOptions#withVirtualClock}), the clock is moved to each step's captured time (a
 * client's send, or the moment it read what the server had written)
 * before the step.
 *
 * <p>Each connection is read as long as the capture read it, and no longer: where the capture last
 * read a connection it leaves open and logged in, a Ping with the replay's own ActionID ({@value
 * #TAIL_ACTION_ID} and the connection's name) goes out, and what arrives before its reply must be in
 * the capture, but for what the comparison names as beyond the recording (the setup connection's
 * last moments). After a Goodbye, and at a close the capture saw, no byte may follow the last
 * captured block.
 *
 * <p>An MD5 login is re-keyed: a captured {@code Key} that was right for the captured challenge is
 * recomputed for the live one (a wrong key stays wrong).
 */
public final class CaptureReplay {
    private static final Pattern CHALLENGE = Pattern.compile("Challenge: (\\d+)\r\n");
    private static final Pattern KEY = Pattern.compile("Key: ([0-9a-f]{32})");
    /** How long one wait for bytes lasts before the other connections are looked at again. */
    private static final Duration POLL = Duration.ofMillis(50);
    /** The ActionID of the Ping that closes a connection's replay (followed by the connection's name). */
    static final String TAIL_ACTION_ID = "capture-replay-tail-";

    private final InetSocketAddress server;
    private final FieldRules rules;
    private final Map<String, String> secrets;
    private final Duration wait;

    /**
     * @param rules the rules of {@link ReplayMode#STRICT} for {@link #run(Capture)}
     * @param secrets the users' secrets (to re-key MD5 logins), e.g. from the capture's manager.conf
     */
    public CaptureReplay(InetSocketAddress server, FieldRules rules, Map<String, String> secrets, Duration wait) {
        this.server = server;
        this.rules = rules;
        this.secrets = Map.copyOf(secrets);
        this.wait = wait;
    }

    /** Runs the capture in {@link ReplayMode#AUTO} with this replay's rules and wait. */
    public void run(Capture capture) {
        run(capture, ReplayOptions.defaults().withStrictRules(rules).withWait(wait));
    }

    /**
     * Runs the capture; throws AssertionError naming the connection, stream, block and line that
     * differ, or the block that did not come in time.
     */
    public void run(Capture capture, ReplayOptions options) {
        new Run(capture, options).play();
    }

    /** One replay: the clients, what each has delivered to the comparison, the clock. */
    private final class Run {
        private final Capture capture;
        private final ReplayOptions options;
        private final Transcript transcript;
        private final TranscriptCheck check;
        private final Map<String, AmiTestClient> clients = new LinkedHashMap<>();
        private final Map<String, BlockReader> readers = new HashMap<>();
        private final Map<String, Integer> consumed = new HashMap<>();
        private final Map<String, String> capturedChallenge = new HashMap<>();
        private final TailCheck tails;
        private Duration clockAt = Duration.ZERO;
        private int sent;

        Run(Capture capture, ReplayOptions options) {
            this.capture = capture;
            this.options = options;
            this.transcript = Transcript.of(capture, options.burstGap());
            this.check = TranscriptCheck.create(transcript, options.mode().resolve(capture), options);
            this.tails = new TailCheck();
        }

        void play() {
            try {
                List<Capture.Step> steps = capture.steps();
                for (int i = 0; i < steps.size(); i++) {
                    Capture.Step step = steps.get(i);
                    String conn = step.connection();
                    if (step instanceof Capture.Expect e) {
                        Matcher m = CHALLENGE.matcher(e.data());
                        if (m.find()) {
                            capturedChallenge.put(conn, m.group(1));
                        }
                        continue;
                    }
                    if (step instanceof Capture.Connect) {
                        awaitUntilSettled(() -> check.unsettled(sent, clients.keySet()), step.at());
                        advanceClock(step.at());
                        clients.put(conn, connect());
                    } else if (step instanceof Capture.Send s) {
                        awaitUntilSettled(() -> check.unsettled(sent, clients.keySet()), step.at());
                        tails.checkBefore(i);
                        advanceClock(step.at());
                        drainAll();
                        AmiTestClient c = clients.get(conn);
                        String data = rekey(check.translate(s.data()), capturedChallenge.get(conn), c);
                        sent++;     // before the bytes leave: whatever arrives from now on may be an answer
                        c.sendRaw(data);
                    } else if (step instanceof Capture.Closed) {
                        awaitUntilSettled(() -> check.unsettled(conn), step.at());
                        advanceClock(step.at());
                        if (!clients.get(conn).awaitClosed(options.waitTime())) {
                            throw new AssertionError(capture.name() + ", connection '" + conn
                                    + "': the server should have closed the connection");
                        }
                        drainAll();     // a whole extra block fails in the check, a part of one here
                        assertNothingLeft(conn, "before the server closed the connection");
                    }
                }
                Duration end = capture.steps().stream().map(Capture.Step::at).max(Duration::compareTo)
                        .orElse(Duration.ZERO);
                for (String conn : clients.keySet()) {
                    awaitUntilSettled(() -> check.unsettled(conn), end);
                }
                tails.checkBefore(steps.size());
                advanceClock(end);
                drainAll();
                check.finish();
            } finally {
                clients.values().forEach(AmiTestClient::close);
            }
        }

        private AmiTestClient connect() {
            try {
                return AmiTestClient.connect(server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Feeds what has arrived, waiting for more on the connection that owes a block, until
         * nothing is owed. On a virtual clock, when nothing arrives and the server is quiet, time
         * is let pass up to {@code until} (the next step's captured time): what is still owed
         * needs a timer to fire.
         */
        private void awaitUntilSettled(Supplier<Optional<TranscriptCheck.Pending>> owed, Duration until) {
            long deadline = System.nanoTime() + options.waitTime().toNanos();
            while (true) {
                drainAll();
                Optional<TranscriptCheck.Pending> p = owed.get();
                if (p.isEmpty()) {
                    return;
                }
                AmiTestClient c = clients.get(p.get().connection());
                long left = deadline - System.nanoTime();
                if (left <= 0 || c == null || (c.isClosed() && !hasNewBytes(p.get().connection()))) {
                    throw new AssertionError("waited " + options.waitTime().toMillis() + " ms"
                            + (c != null && c.isClosed() ? " (the server closed the connection)" : "") + ": "
                            + p.get().message() + leftover(p.get().connection()));
                }
                String conn = p.get().connection();
                boolean arrived = c.awaitUntil(() -> hasNewBytes(conn), Duration.ofNanos(Math.min(left, POLL.toNanos())));
                if (!arrived && options.virtualClock() != null && until.compareTo(clockAt) > 0) {
                    options.quiesce().run();
                    drainAll();
                    if (owed.get().isPresent() && !hasNewBytes(conn)) {
                        advanceClock(until);
                    }
                }
            }
        }

        private boolean hasNewBytes(String conn) {
            AmiTestClient c = clients.get(conn);
            return c != null && c.received().length() > consumed.getOrDefault(conn, 0);
        }

        private void drainAll() {
            clients.keySet().forEach(this::drain);
        }

        private void drain(String conn) {
            String all = clients.get(conn).received();
            int from = consumed.getOrDefault(conn, 0);
            if (all.length() > from) {
                consumed.put(conn, all.length());
                for (String block : readers.computeIfAbsent(conn, k -> new BlockReader()).feed(all.substring(from))) {
                    if (!tails.isOver(conn, block)) {
                        check.received(conn, block, sent);
                    }
                }
            }
        }

        private void assertNothingLeft(String conn, String when) {
            String rest = readers.computeIfAbsent(conn, k -> new BlockReader()).leftover();
            if (!rest.isEmpty()) {
                throw new AssertionError(capture.name() + ", connection '" + conn + "': unexpected bytes after the last"
                        + " captured block, " + when + ":\n" + BlockReader.show(rest));
            }
        }

        /**
         * The end of each connection's recording: the capture's last read on it. Right there (before
         * the next client chunk, so that what later chunks cause does not count: the capture could
         * not have shown it), a connection the capture leaves open and logged in gets a Ping with
         * an ActionID of the replay's own, and everything the server sends before its reply is fed
         * to the check, which accepts nothing beyond the captured blocks but the races the capture
         * README names ({@link TranscriptCheck.Tail#CHECKED}). The server writes a session's output
         * in order, so whatever it had queued for the client by then (an extra or a repeated event)
         * arrives before the reply; what comes after the reply is not looked at. A connection that
         * said Goodbye must close with nothing more; one the capture saw closed is checked at its
         * close.
         */
        private final class TailCheck {
            /** Step index before which connections' recordings have ended (after their last read). */
            private final Map<Integer, List<String>> endsBefore = new HashMap<>();
            private final Map<String, Duration> lastReadAt = new HashMap<>();
            private final Map<String, String> pings = new HashMap<>();
            private final Set<String> over = new HashSet<>();

            TailCheck() {
                List<Capture.Step> steps = capture.steps();
                Map<String, Integer> lastRead = new LinkedHashMap<>();
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i) instanceof Capture.Expect e) {
                        lastRead.put(e.connection(), i);
                    }
                }
                lastRead.forEach((conn, at) -> {
                    lastReadAt.put(conn, steps.get(at).at());
                    int next = at + 1;
                    while (next < steps.size() && !(steps.get(next) instanceof Capture.Send)) {
                        next++;
                    }
                    endsBefore.computeIfAbsent(next, k -> new ArrayList<>()).add(conn);
                });
            }

            /** Checks the ends of the connections whose last captured read came before step {@code index}. */
            void checkBefore(int index) {
                List<String> ending = endsBefore.getOrDefault(index, List.of()).stream()
                        .filter(conn -> !transcript.closes(conn) && clients.containsKey(conn)).toList();
                if (ending.isEmpty()) {
                    return;
                }
                // on a virtual clock, the timers due by the last read have fired (and only those)
                advanceClock(ending.stream().map(lastReadAt::get).max(Duration::compareTo).orElseThrow());
                options.quiesce().run();    // what the server still had to handle has produced its events
                drainAll();
                for (String conn : ending) {
                    if (saidGoodbye(conn)) {
                        awaitClose(conn);
                    } else if (loggedIn(conn) && !clients.get(conn).isClosed()) {
                        ping(conn);
                    }
                }
            }

            private void ping(String conn) {
                AmiTestClient c = clients.get(conn);
                String id = TAIL_ACTION_ID + conn;
                pings.put(conn, id);
                c.sendRaw("Action: Ping\r\nActionID: " + id + "\r\n\r\n");
                c.awaitUntil(() -> {
                    drain(conn);
                    return over.contains(conn);
                }, options.waitTime());
                drain(conn);
                if (!over.contains(conn)) {
                    throw new AssertionError(capture.name() + ", connection '" + conn + "': no reply to the replay's"
                            + " closing Ping (ActionID " + id + ") within " + options.waitTime().toMillis() + " ms"
                            + (c.isClosed() ? "; the server closed the connection" : "") + leftover(conn));
                }
            }

            /** After a Goodbye (the recording stopped before the close): the close, and nothing before it. */
            private void awaitClose(String conn) {
                if (!clients.get(conn).awaitClosed(options.waitTime())) {
                    throw new AssertionError(capture.name() + ", connection '" + conn
                            + "': the server should have closed the connection after its Goodbye");
                }
                drain(conn);
                assertNothingLeft(conn, "before the server closed the connection");
            }

            /** Is this block the Ping's reply, or after it? Then the check must not see it. */
            boolean isOver(String conn, String block) {
                if (over.contains(conn)) {
                    return true;
                }
                String id = pings.get(conn);
                if (id != null && block.startsWith("Response: ") && BlockReader.lines(block).contains("ActionID: " + id)) {
                    over.add(conn);
                    return true;
                }
                return false;
            }

            /** The capture shows a Login accepted on the connection. */
            private boolean loggedIn(String conn) {
                return transcript.blocks(conn).stream().anyMatch(b -> b.lines().contains("Message: Authentication accepted"));
            }

            /** The capture shows the answer to a Logoff (manager.c then ends the session). */
            private boolean saidGoodbye(String conn) {
                return transcript.blocks(conn).stream().anyMatch(b -> b.lines().get(0).equals("Response: Goodbye"));
            }
        }

        private String leftover(String conn) {
            BlockReader r = readers.get(conn);
            return r == null || r.leftover().isEmpty() ? "" : "\nreceived after the last complete block:\n" + r.leftover();
        }

        private void advanceClock(Duration to) {
            VirtualClock clock = options.virtualClock();
            if (clock == null || to.compareTo(clockAt) <= 0) {
                return;
            }
            try {
                clock.advance(to.minus(clockAt)).get(options.waitTime().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while the virtual clock advanced", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError(capture.name() + ": the virtual clock did not reach " + to, e);
            }
            clockAt = to;
        }
    }

    private String rekey(String data, String capturedChallenge, AmiTestClient c) {
        Matcher k = KEY.matcher(data);
        if (!k.find() || capturedChallenge == null) {
            return data;
        }
        Matcher live = CHALLENGE.matcher(c.received());
        String liveChallenge = null;
        while (live.find()) {
            liveChallenge = live.group(1);
        }
        if (liveChallenge == null) {
            return data;
        }
        for (String secret : secrets.values()) {
            if (md5(capturedChallenge + secret).equals(k.group(1))) {
                return data.replace(k.group(1), md5(liveChallenge + secret));
            }
        }
        return data;
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
