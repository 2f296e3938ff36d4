package org.switchboard.manager.transport.http;

import java.net.InetSocketAddress;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.transport.NettyTransports;

/** One bound HTTP listener (plain or TLS), on the manager's own event loops. */
final class HttpListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("http");

    private final Channel channel;
    private final Object key;

    private HttpListener(Channel channel, Object key) {
        this.channel = channel;
        this.key = key;
    }

    /** @param key what the listener was made from; a reload rebinds only when it changes */
    static HttpListener bind(HttpContext context, EventLoopGroup boss, EventLoopGroup workers, InetSocketAddress address,
                             SslContext ssl, Object key) throws InterruptedException {
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(NettyTransports.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new HttpChannelInitializer(context, ssl));
        Channel ch = b.bind(address).sync().channel();
        log.info("Bound HTTP server '{}' to address {}", ssl == null ? "http server" : "https server", ch.localAddress());
        return new HttpListener(ch, key);
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
