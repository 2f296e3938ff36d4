package org.switchboard.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.switchboard.protocol.AmiLimits;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.protocol.AmiParser;

/**
 * The decoder: {@value #MESSAGES} requests (pipelined Pings, UserEvents, an Originate and a Login,
 * about 6 kB) fed whole, or cut into chunks of {@code fragment} bytes as TCP may deliver them.
 * One operation is one decoded message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AmiParserBenchmark {
    static final int MESSAGES = 64;

    /** "whole", or the chunk size in bytes (1460 is one Ethernet TCP segment). */
    @Param({"whole", "1460", "64", "7"})
    public String fragment;

    private byte[] input;
    private int chunk;
    private AmiParser parser;
    private Consumer<AmiMessage> sink;

    /** The {@value #MESSAGES} requests. */
    static byte[] requests() {
        StringBuilder b = new StringBuilder();
        b.append("Action: Login\r\nUsername: bench\r\nSecret: bench\r\nEvents: off\r\nActionID: login\r\n\r\n");
        b.append("Action: Originate\r\nChannel: Local/100@default\r\nContext: default\r\nExten: 100\r\n"
                + "Priority: 1\r\nAsync: true\r\nCallerID: \"Bench\" <100>\r\nVariable: A=1\r\nVariable: B=2\r\n"
                + "ChannelId: sbb-1\r\nActionID: sbb-1\r\n\r\n");
        for (int i = 0; i < MESSAGES - 2; i++) {
            if (i % 2 == 0) {
                b.append("Action: Ping\r\nActionID: ").append(1000 + i).append("\r\n\r\n");
            } else {
                b.append("Action: UserEvent\r\nUserEvent: SwitchboardBench\r\nActionID: ").append(1000 + i)
                        .append("\r\nBenchSeq: ").append(1000 + i).append("\r\nBenchSent: 123456789012345\r\n\r\n");
            }
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Setup
    public void setUp(Blackhole bh) {
        input = requests();
        chunk = fragment.equals("whole") ? input.length : Integer.parseInt(fragment);
        parser = new AmiParser(AmiLimits.ASTERISK);
        sink = bh::consume;
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void decode() {
        for (int from = 0; from < input.length; from += chunk) {
            parser.feed(input, from, Math.min(input.length, from + chunk), sink);
        }
    }
}
