package org.switchboard.bench.jmh;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.pbx.dialplan.clib.CTimeval;
import org.switchboard.protocol.AmiBlockBuilder;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Latin1;

/**
 * The encoder: replies built and encoded as the actions build them (to wire bytes, as
 * {@code SessionOutbound.send(String)} does), an event block, and a rendered event's text turned
 * into its shared bytes. One operation is one reply or one event, in bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AmiEncoderBenchmark {
    private static final int USER = PermissionClass.USER.mask();
    private final AmiResponse eventSent = AmiResponse.success("Event Sent");
    private long actionId = 100_000;

    /** UserEvent's reply: a constant response, encoded with the request's ActionID. */
    @Benchmark
    public byte[] constantReply() {
        return Latin1.encode(eventSent.encode(Long.toString(actionId++)));
    }

    /** Ping's reply as PingAction builds it: two {@code with} copies and a formatted timestamp. */
    @Benchmark
    public byte[] pingReply() {
        Instant now = Instant.now();
        AmiResponse r = AmiResponse.startAck().with("Ping", "Pong")
                .with("Timestamp", now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000));
        return Latin1.encode(r.encode(Long.toString(actionId++)));
    }

    /** The same reply with the timestamp as PingAction builds it now, without String.format. */
    @Benchmark
    public byte[] pingReplyWithoutFormat() {
        AmiResponse r = AmiResponse.startAck().with("Ping", "Pong").with("Timestamp", CTimeval.secondsMicros(Instant.now()));
        return Latin1.encode(r.encode(Long.toString(actionId++)));
    }

    /** The last step of event rendering: the event's text to the shared wire bytes sessions get views of. */
    @Benchmark
    public RenderedEvent renderedEvent() {
        return new RenderedEvent("UserEvent", USER, "Event: UserEvent\r\nPrivilege: user,all\r\n"
                + EventRenderingBenchmark.BODY + "\r\n");
    }

    /** A Newchannel-sized event block (16 headers, about 450 bytes). */
    @Benchmark
    public byte[] eventBlock() {
        long id = actionId++;
        return new AmiBlockBuilder(512)
                .header("Event", "Newchannel").header("Privilege", "call,all")
                .header("Channel", "Local/100@default-0000004a;1").header("ChannelState", 0)
                .header("ChannelStateDesc", "Down").header("CallerIDNum", "<unknown>")
                .header("CallerIDName", "<unknown>").header("ConnectedLineNum", "<unknown>")
                .header("ConnectedLineName", "<unknown>").header("Language", "en").header("AccountCode", "")
                .header("Context", "default").header("Exten", "100").header("Priority", 1)
                .header("Uniqueid", "1795347867." + id).header("Linkedid", "1795347867." + id)
                .buildBytes();
    }
}
