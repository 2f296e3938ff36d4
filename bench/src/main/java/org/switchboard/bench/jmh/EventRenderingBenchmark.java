package org.switchboard.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.event.EventDispatcher;
import org.switchboard.manager.event.EventRendering;
import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.time.SystemClock;

/**
 * Event rendering: {@code ManagerEvents.publish} of a UserEvent-sized body on the core thread, as
 * {@code Switchboard} wires it, with no session listening (so dispatch is empty and what is left
 * is the header, the privilege text, the bytes and the end-of-task hand-over). {@value #BATCH}
 * events go in one core task; one operation is one event. {@code timestamp} turns on
 * timestampevents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventRenderingBenchmark {
    static final int BATCH = 1000;
    static final String BODY = "UserEvent: SwitchboardBench\r\nActionID: 123456\r\nBenchSeq: 123456\r\n"
            + "BenchSent: 123456789012345\r\n";
    private static final int USER = PermissionClass.USER.mask();

    @Param({"false", "true"})
    public boolean timestamp;

    private CoreLoop core;
    private ManagerEvents events;
    private Runnable publishBatch;

    @Setup(Level.Trial)
    public void setUp() {
        core = new CoreLoop(SystemClock.INSTANCE);
        events = new ManagerEvents(core, new EventDispatcher(core), SystemClock.INSTANCE);
        events.rendering(new EventRendering(timestamp, false, "", java.util.List.of()));
        publishBatch = () -> {
            for (int i = 0; i < BATCH; i++) {
                events.publish("UserEvent", USER, BODY);
            }
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        core.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object publish() {
        return core.submit(() -> {
            publishBatch.run();
            return null;
        }).join();
    }
}
