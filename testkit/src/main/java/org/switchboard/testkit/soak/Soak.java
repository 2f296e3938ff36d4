package org.switchboard.testkit.soak;

import static org.awaitility.Awaitility.await;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.core.ConditionTimeoutException;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The bounded soak (docs/hardening.md): an embedded server under connection churn, call churn and
 * an event flood for a set time, with heap (after a full collection) and RSS sampled as it runs.
 * Then the load stops and is checked: every login cycle answered, every Originate answered and
 * ended in one OriginateResponse, no channel left, every event delivered to every listener in
 * order, the server still answering a new session, and the heap measured again once every load
 * session is gone. The load generator keeps only counters, so the heap figures are the server's.
 */
public final class Soak {
    /** How long the checks after the load wait for the last replies and events. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Soak() { }

    /** {@code soak [--minutes N] ...}: runs, prints the report; exit status 1 if anything was lost. */
    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length > 0 && args[0].equals("--slow-consumers")) {
            return slowConsumers(args, out, err);
        }
        SoakOptions options;
        try {
            options = SoakOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        SoakReport report = run(options);
        out.print(report.render());
        if (options.csv() != null) {
            Files.writeString(options.csv(), report.csv(), StandardCharsets.US_ASCII);
        }
        return report.ok() ? 0 : 1;
    }

    /** {@code soak --slow-consumers [N]}: the heap N sessions that stop reading cost (SlowConsumerProbe). */
    private static int slowConsumers(String[] args, PrintStream out, PrintStream err) throws Exception {
        int sessions;
        try {
            sessions = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        } catch (NumberFormatException e) {
            err.println("not a number: " + args[1] + "\n" + SoakOptions.USAGE);
            return 2;
        }
        SlowConsumerProbe.Result r = SlowConsumerProbe.run(sessions);
        out.print(r.render());
        return r.problems().isEmpty() && r.closedStalled() == sessions ? 0 : 1;
    }

    /** Runs a soak against a fresh embedded server and reports. */
    public static SoakReport run(SoakOptions options) throws Exception {
        SwitchboardExtension server = SwitchboardExtension.withFiles(Map.of(
                "manager.conf", SoakUsers.MANAGER_CONF, "extensions.conf", SoakUsers.EXTENSIONS_CONF));
        server.start();
        try {
            return new Run(server, options).call();
        } finally {
            server.stop();
        }
    }

    /** One soak, from the baseline measurement to the report. */
    private static final class Run {
        private final SwitchboardExtension server;
        private final SoakOptions options;
        private final Problems problems = new Problems();
        private final ConnectionChurn churn;
        private final CallChurn calls;
        private final EventFlood flood;
        private final List<MemorySample> samples = new ArrayList<>();

        Run(SwitchboardExtension server, SoakOptions options) {
            this.server = server;
            this.options = options;
            InetSocketAddress ami = server.amiAddress();
            churn = new ConnectionChurn(ami, SoakUsers.CHURN_USER, SoakUsers.CHURN_SECRET, options.loginsPerSecond(),
                    problems);
            calls = new CallChurn(ami, options.callsPerSecond(), problems);
            flood = new EventFlood(ami, options.listeners(), options.eventsPerSecond(), problems);
        }

        SoakReport call() throws Exception {
            List<SoakLoad> loads = List.of(churn, calls, flood);
            List<Pacer> pacers = loads.stream().map(l -> new Pacer(l.name(), l.perSecond(), l::send)).toList();
            long baseline = MemoryProbe.heapAfterGc();
            try {
                for (SoakLoad load : loads) {
                    load.open();
                }
                long started = System.nanoTime();
                pacers.forEach(Pacer::start);
                sample(started);
                long end = started + options.duration().toNanos();
                long every = options.sampleEvery().toNanos();
                for (long next = started + every; next <= end; next += every) {
                    parkUntil(next);
                    sample(started);
                }
                pacers.forEach(Pacer::stop);
                loads.forEach(load -> load.finish(PATIENCE));
            } finally {
                pacers.forEach(Pacer::stop);
                loads.forEach(SoakLoad::close);
            }
            checkTheServerAnswers();
            awaitNoSession();
            long after = MemoryProbe.heapAfterGc();
            List<String> summaries = loads.stream().map(SoakLoad::summary).toList();
            return new SoakReport(options, List.copyOf(samples), baseline, after, summaries, problems.describe());
        }

        private void sample(long started) {
            samples.add(new MemorySample((System.nanoTime() - started) / 1e9, MemoryProbe.heapAfterGc(),
                    MemoryProbe.rssBytes(), churn.completed(), calls.completed(), flood.completed()));
        }

        private static void parkUntil(long nanoTime) {
            long left;
            while ((left = nanoTime - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
            }
        }

        /** Never a dead listener: a new session logs in and is answered after all that. */
        private void checkTheServerAnswers() {
            try (SoakClient c = SoakUsers.admin(server.amiAddress(), m -> { })) {
                AmiMessage pong = c.request("after", "Action: Ping").get(10, TimeUnit.SECONDS);
                if (!"Pong".equals(pong.header("Ping"))) {
                    problems.add("after the soak a Ping was answered " + pong.headers().lines());
                }
            } catch (Exception e) {
                problems.add("after the soak a new session was not served: " + e);
            }
        }

        /** The closed load sessions are gone from the server before the heap is measured again. */
        private void awaitNoSession() {
            try {
                await().atMost(PATIENCE)
                        .until(() -> server.server().runtime().sessions().size() == 0);
            } catch (ConditionTimeoutException e) {
                problems.add(server.server().runtime().sessions().size() + " sessions still open after the soak");
            }
        }
    }
}
