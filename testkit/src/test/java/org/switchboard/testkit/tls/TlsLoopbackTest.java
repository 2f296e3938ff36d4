package org.switchboard.testkit.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.transport.tls.TlsContextFactory;
import org.switchboard.manager.transport.tls.TlsSettings;
import org.switchboard.testkit.tls.TestCertificates.KeyFormat;
import org.switchboard.testkit.tls.TestCertificates.KeyType;

/** The factory's context in a real Netty pipeline over a loopback socket. */
class TlsLoopbackTest {
    private final EventLoopGroup group = new NioEventLoopGroup(2);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void aTlsClientTalksToAServerBuiltFromTheSettings() throws Exception {
        TestCertificate cert = TestCertificates.valid(KeyType.EC_P256);
        cert.writeCombined(dir, "asterisk.pem", KeyFormat.TRADITIONAL);
        SslContext serverContext = new TlsContextFactory(dir).create(TlsSettings.defaults());

        Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(serverContext.newHandler(channel.alloc()),
                                new SimpleChannelInboundHandler<ByteBuf>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf message) {
                                        ctx.writeAndFlush(message.retain());
                                    }
                                });
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        InetSocketAddress address = (InetSocketAddress) server.localAddress();

        SslContext clientContext = SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
                .trustManager(cert.certificate()).build();
        CompletableFuture<String> echoed = new CompletableFuture<>();
        Channel client = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(clientContext.newHandler(channel.alloc(), "127.0.0.1", address.getPort()),
                                new SimpleChannelInboundHandler<ByteBuf>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf message) {
                                        echoed.complete(message.toString(US_ASCII));
                                    }
                                });
                    }
                })
                .connect(address).sync().channel();

        SslHandler tls = client.pipeline().get(SslHandler.class);
        tls.handshakeFuture().sync();
        client.writeAndFlush(Unpooled.copiedBuffer("Action: Ping\r\n\r\n", US_ASCII));

        assertThat(echoed.get(30, TimeUnit.SECONDS)).isEqualTo("Action: Ping\r\n\r\n");
        assertThat(tls.engine().getSession().getPeerCertificates()[0]).isEqualTo(cert.certificate());
        client.close().sync();
        server.close().sync();
    }
}
