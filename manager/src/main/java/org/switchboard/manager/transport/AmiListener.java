package org.switchboard.manager.transport;

import java.net.InetSocketAddress;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.ssl.SslContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.session.Transport;

/** One bound AMI listener (plain or TLS). */
public final class AmiListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");

    private final Channel channel;
    private final InetSocketAddress configured;
    private final Transport transport;

    private AmiListener(Channel channel, InetSocketAddress configured, Transport transport) {
        this.channel = channel;
        this.configured = configured;
        this.transport = transport;
    }

    /**
     * Binds {@code address}; a TLS listener passes its SslContext.
     *
     * @throws ListenerBindException when the address cannot be bound (in use, not local, ...)
     */
    public static AmiListener bind(ManagerRuntime runtime, ActionDispatcher actions, EventLoopGroup boss,
                                   EventLoopGroup workers, InetSocketAddress address, SslContext ssl)
            throws InterruptedException {
        Transport transport = ssl == null ? Transport.TCP : Transport.TLS;
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(NettyTransports.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                // a client that shuts down its sending side is still answered (AmiSessionHandler)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 64 * 1024))
                .childHandler(new AmiChannelInitializer(runtime, actions, transport, ssl));
        ChannelFuture bound = b.bind(address).await();
        if (!bound.isSuccess()) {
            throw new ListenerBindException(transport == Transport.TLS ? "AMI TLS server" : "AMI server", address,
                    bound.cause());
        }
        Channel ch = bound.channel();
        log.info("Manager {} listening on {}", transport == Transport.TLS ? "TLS" : "TCP",
                NumericAddress.hostPort((InetSocketAddress) ch.localAddress()));
        return new AmiListener(ch, address, transport);
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** The address as configured (port 0 stays 0). */
    public InetSocketAddress configured() {
        return configured;
    }

    public Transport transport() {
        return transport;
    }

    /** Stops accepting; sessions already open stay open (spec 01 §5.4). */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }
}
