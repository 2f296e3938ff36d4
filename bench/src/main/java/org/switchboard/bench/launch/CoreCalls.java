package org.switchboard.bench.launch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.switchboard.bench.mode.BenchResult;
import org.switchboard.bench.stats.Figures;
import org.switchboard.bench.stats.ProcessStats;
import org.switchboard.manager.Switchboard;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.manager.filter.FilterSet;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.Transport;
import org.switchboard.pbx.time.VirtualClock;
import org.switchboard.protocol.AmiMessage;

/**
 * {@code calls} in virtual time: the call rate the PBX core alone sustains. A Switchboard in this
 * process on a {@link VirtualClock}, with the bench configuration ({@link BenchServer}: Answer,
 * Wait(1), Hangup; CDR and CEL on and reported over AMI), one logged-in session that takes every
 * event (rendered and delivered as to a socket, but the output only counts them), and a driver
 * that hands the real {@code Originate} action ({@code Async: true}, Local/100@default) the calls
 * due in each 10 ms of virtual time, then advances the clock by 10 ms. Nothing waits for real
 * time, so the wall time is the work: channels, dialplan, CDR, CEL, events rendered and
 * dispatched. No socket is involved; the real-time {@code calls} mode adds the I/O.
 *
 * <p>{@code rate} is calls per second of <em>virtual</em> time, so rate x 1 s calls are up at
 * once, as in a real-time run at that rate. The figures: {@code calls_per_s} (calls over the wall
 * time from the first Originate until every call has hung up), {@code calls_per_core_cpu_s} (over
 * the CPU time of the core thread alone, which other work on the machine does not shrink),
 * {@code events_per_call}; {@code other_cpu_s} as in the other modes.
 */
public final class CoreCalls {
    private static final Duration STEP = Duration.ofMillis(10);
    private static final Duration DRAIN_STEP = Duration.ofMillis(100);
    /** Virtual time allowed for the last calls to end (they last one second). */
    private static final Duration MAX_DRAIN = Duration.ofSeconds(60);
    private static final int ALL = PermissionClass.ALL.mask();
    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress LISTENER = new InetSocketAddress("127.0.0.1", 5038);

    /** What to run: {@code warmupCalls} first (not counted), then {@code calls} measured. */
    public record Settings(double rate, long calls, long warmupCalls) {
        public Settings {
            if (rate < 1 || rate > 1_000_000) {
                throw new IllegalArgumentException("rate must be between 1 and 1000000 calls per virtual second");
            }
            if (calls < 1 || warmupCalls < 0) {
                throw new IllegalArgumentException("calls must be positive, warm-up calls not negative");
            }
        }
    }

    /** The measured calls' figures. */
    public record Result(double rate, long calls, long completed, long rejected, long failed, long events,
                         double seconds, double coreCpuSeconds, double processCpuSeconds, double otherCpuSeconds)
            implements BenchResult {
        public double callsPerSecond() {
            return seconds > 0 ? calls / seconds : 0;
        }

        public double callsPerCoreCpuSecond() {
            return coreCpuSeconds > 0 ? calls / coreCpuSeconds : Double.NaN;
        }

        @Override
        public Figures figures() {
            return new Figures().put("mode", "core-calls").put("virtual_rate", rate).put("calls", calls)
                    .put("completed", completed).put("rejected", rejected).put("failed", failed)
                    .put("events_per_call", (double) events / calls).put("seconds", seconds)
                    .rate("calls_per_s", callsPerSecond()).rate("calls_per_core_cpu_s", callsPerCoreCpuSecond())
                    .put("core_cpu_s", coreCpuSeconds).put("process_cpu_s", processCpuSeconds)
                    .put("other_cpu_s", otherCpuSeconds);
        }
    }

    /** Counts the Hangup events, the failed OriginateResponses and the error replies. */
    private static final class CallCounter extends CountingOutput {
        long hangups;
        long failedResponses;
        volatile long errorReplies;

        @Override
        protected void reply(String text) {
            if (text.startsWith("Response: Error")) {
                errorReplies++;
            }
        }

        @Override
        protected void event(RenderedEvent e) {
            if (e.name().equals("Hangup")) {
                hangups++;
            } else if (e.name().equals("OriginateResponse") && e.text().contains("\r\nResponse: Failure\r\n")) {
                failedResponses++;
            }
        }
    }

    private final Settings settings;
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CallCounter output = new CallCounter();
    private final ProcessStats self = ProcessStats.self();
    private Switchboard server;
    private ActionDispatcher actions;
    private AmiSession session;
    private long nextId;

    private CoreCalls(Settings settings) {
        this.settings = settings;
    }

    /** Runs the warm-up and the measured calls in a fresh server, which is closed afterwards. */
    public static Result run(Settings settings) throws Exception {
        return new CoreCalls(settings).execute();
    }

    private Result execute() throws Exception {
        Path dir = BenchServer.writeBenchConfig(Files.createTempDirectory("switchboard-core-calls-"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (Switchboard sb = Switchboard.builder().configDir(dir).dataDir(dir.resolve("data")).clock(clock)
                .amiPort(0).start()) {
            this.server = sb;
            this.actions = new ActionDispatcher(sb.runtime());
            session = new AmiSession(1, 100, Transport.TCP, CLIENT, LISTENER, clock.now(), output);
            session.authenticate("bench", ALL, ALL, 100, FilterSet.EMPTY, List.of(), clock.now());
            session.sendEvents(ALL);
            sb.onCore(() -> {
                sb.runtime().dispatcher().add(session);
                return null;
            });
            if (settings.warmupCalls() > 0) {
                measure(settings.warmupCalls(), timer);
            }
            return measure(settings.calls(), timer);
        } finally {
            timer.shutdownNow();
        }
    }

    private Result measure(long calls, ScheduledExecutorService timer) {
        long eventsBefore = onCore(output::events);
        long hangupsBefore = onCore(() -> output.hangups);
        long failedBefore = onCore(() -> output.failedResponses);
        long errorsBefore = output.errorReplies;
        long cpuBefore = onCore(CoreCalls::threadCpuNanos);
        double processBefore = self.cpuSeconds();
        double machineBefore = ProcessStats.machineBusySeconds();
        long start = System.nanoTime();
        long issued = 0;
        long steps = 0;
        while (issued < calls) {
            steps++;
            long due = Math.min(calls, (long) Math.floor(settings.rate() * steps * STEP.toMillis() / 1000.0));
            for (; issued < due; issued++) {
                actions.dispatch(session, originate(nextId++), timer);
            }
            clock.advance(STEP).join();
        }
        // every call hangs up after a second of virtual time: advance until all did (two channels each)
        long target = hangupsBefore + 2 * calls;
        for (long drained = 0; onCore(() -> output.hangups) < target && drained < MAX_DRAIN.toMillis();
             drained += DRAIN_STEP.toMillis()) {
            clock.advance(DRAIN_STEP).join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double coreCpu = (onCore(CoreCalls::threadCpuNanos) - cpuBefore) / 1e9;
        double processCpu = self.cpuSeconds() - processBefore;
        // what the rest of the machine used meanwhile (other work competing for the cores)
        double otherCpu = Math.max(0, ProcessStats.machineBusySeconds() - machineBefore - processCpu);
        long completed = (onCore(() -> output.hangups) - hangupsBefore) / 2;
        return new Result(settings.rate(), calls, completed, output.errorReplies - errorsBefore,
                onCore(() -> output.failedResponses) - failedBefore, onCore(output::events) - eventsBefore,
                seconds, coreCpu, processCpu, otherCpu);
    }

    private <T> T onCore(java.util.concurrent.Callable<T> task) {
        return server.onCore(task);
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static AmiMessage originate(long n) {
        String id = "core-" + n;
        return AmiMessage.of("Action: Originate", "Channel: Local/100@default", "Context: default", "Exten: 100",
                "Priority: 1", "Async: true", "ChannelId: " + id, "ActionID: " + id);
    }
}
