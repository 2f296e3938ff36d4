package org.switchboard.manager.transport;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.session.Transport;

/**
 * Builds each connection's pipeline, in order: [TLS], frame decoder, session handler. Writes go
 * straight from the session's ordered outbound queue to the channel.
 */
final class AmiChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final ManagerRuntime runtime;
    private final ActionDispatcher actions;
    private final Transport transport;
    private final SslContext ssl;

    AmiChannelInitializer(ManagerRuntime runtime, ActionDispatcher actions, Transport transport, SslContext ssl) {
        this.runtime = runtime;
        this.actions = actions;
        this.transport = transport;
        this.ssl = ssl;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        if (ssl != null) {
            p.addLast("tls", ssl.newHandler(ch.alloc()));
        }
        p.addLast("ami-decoder", new AmiFrameDecoder());
        p.addLast("ami-session", new AmiSessionHandler(runtime, actions, transport));
    }
}
