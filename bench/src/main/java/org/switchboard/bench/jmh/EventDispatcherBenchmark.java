package org.switchboard.bench.jmh;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import io.netty.util.ReferenceCountUtil;

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
import org.switchboard.bench.launch.CountingOutput;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.event.EventDispatcher;
import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.manager.filter.FilterSet;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.SessionOutbound;
import org.switchboard.manager.session.SessionOutput;
import org.switchboard.manager.session.Transport;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.time.SystemClock;

/**
 * Fan-out: {@code EventDispatcher.dispatch} of one rendered UserEvent to {@code sessions}
 * logged-in sessions on the core thread, {@value #BATCH} events per core task; one operation is
 * one event dispatched to every session (so deliveries per second = score x sessions).
 *
 * <p>{@code output=fake}: each session's output only counts, which is the dispatcher and the
 * permission checks alone. {@code output=netty}: each session has the real
 * {@code SessionOutbound} on a Netty in-memory channel with two event-loop threads writing, as
 * the server does; each batch waits until every session's queue is written, so the score is the
 * sustained rate, queue hand-over and wake-ups included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventDispatcherBenchmark {
    static final int BATCH = 100;
    private static final int ALL = PermissionClass.ALL.mask();
    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress LISTENER = new InetSocketAddress("127.0.0.1", 5038);

    @Param({"1", "10", "100", "1000"})
    public int sessions;

    @Param({"fake", "netty"})
    public String output;

    private CoreLoop core;
    private EventDispatcher dispatcher;
    private RenderedEvent event;
    private final List<SessionOutbound> outbounds = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    private EventLoopGroup loops;
    private Channel server;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        core = new CoreLoop(SystemClock.INSTANCE);
        dispatcher = new EventDispatcher(core);
        event = new RenderedEvent("UserEvent", PermissionClass.USER.mask(),
                "Event: UserEvent\r\nPrivilege: user,all\r\n" + EventRenderingBenchmark.BODY + "\r\n");
        if (output.equals("netty")) {
            startChannels();
        }
        List<AmiSession> list = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            SessionOutput out;
            if (output.equals("netty")) {
                SessionOutbound o = new SessionOutbound(channels.get(i), SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES);
                outbounds.add(o);
                out = o;
            } else {
                out = new CountingOutput();
            }
            AmiSession s = new AmiSession(i + 1, 20 + i, Transport.TCP, CLIENT, LISTENER, Instant.now(), out);
            s.authenticate("bench", ALL, ALL, 100, FilterSet.EMPTY, List.of(), Instant.now());
            list.add(s);
        }
        core.submit(() -> {
            list.forEach(dispatcher::add);
            return null;
        }).join();
    }

    /** In-memory channel pairs; the far end drops what it reads. */
    private void startChannels() throws InterruptedException {
        loops = new DefaultEventLoopGroup(2);
        LocalAddress address = new LocalAddress("dispatch-bench");
        server = new ServerBootstrap().group(loops).channel(LocalServerChannel.class)
                .childHandler(new ChannelInitializer<LocalChannel>() {
                    @Override
                    protected void initChannel(LocalChannel ch) {
                        ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                ReferenceCountUtil.release(msg);
                            }
                        });
                    }
                }).bind(address).sync().channel();
        Bootstrap client = new Bootstrap().group(loops).channel(LocalChannel.class)
                .handler(new ChannelInitializer<LocalChannel>() {
                    @Override
                    protected void initChannel(LocalChannel ch) {
                        // nothing reads on this side: the server only writes to its clients here
                    }
                });
        for (int i = 0; i < sessions; i++) {
            channels.add(client.connect(address).sync().channel());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        core.close();
        if (loops != null) {
            channels.forEach(c -> c.close().syncUninterruptibly());
            server.close().syncUninterruptibly();
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object dispatch() {
        Object done = core.submit(() -> {
            for (int i = 0; i < BATCH; i++) {
                dispatcher.dispatch(event);
            }
            return null;
        }).join();
        for (SessionOutbound o : outbounds) {
            while (o.backlogBytes() > 0) {
                Thread.onSpinWait();
            }
        }
        return done;
    }
}
