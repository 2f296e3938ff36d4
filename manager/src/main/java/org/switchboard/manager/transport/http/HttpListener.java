package org.switchboard.manager.transport.http;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.transport.NettyTransports;

/**
 * One bound HTTP listener (plain or TLS), on the manager's own event loops. A TLS listener's
 * context can be replaced while it listens: connections accepted afterwards use the new one.
 */
final class HttpListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("http");

    private final Channel channel;
    private final Object key;
    private final AtomicReference<SslContext> ssl;

    private HttpListener(Channel channel, Object key, AtomicReference<SslContext> ssl) {
        this.channel = channel;
        this.key = key;
        this.ssl = ssl;
    }

    /** @param key what the listener was made from; a reload rebinds only when it changes */
    static HttpListener bind(HttpContext context, EventLoopGroup boss, EventLoopGroup workers, InetSocketAddress address,
                             SslContext ssl, Object key) throws InterruptedException {
        AtomicReference<SslContext> current = new AtomicReference<>(ssl);
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(NettyTransports.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new HttpChannelInitializer(context, ssl == null ? null : current::get));
        Channel ch = b.bind(address).sync().channel();
        log.info("Bound HTTP server '{}' to address {}", ssl == null ? "http server" : "https server",
                NumericAddress.hostPort((InetSocketAddress) ch.localAddress()));
        return new HttpListener(ch, key, current);
    }

    /** The TLS context for connections accepted from now on (a TLS listener only). */
    void ssl(SslContext context) {
        if (ssl.get() == null) {
            throw new IllegalStateException("a plain listener has no TLS context");
        }
        ssl.set(context);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    Object key() {
        return key;
    }

    /** Stops accepting; connections already open go on (tcptls.c ast_tcptls_server_stop). */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }
}
