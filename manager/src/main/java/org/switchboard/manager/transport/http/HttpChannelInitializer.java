package org.switchboard.manager.transport.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.ssl.SslContext;

/**
 * Each HTTP connection's pipeline, in order: [TLS], the read-activity probe, Netty's request
 * decoder, and the connection handler. Replies are framed by {@link HttpResponseEncoder} and
 * written as bytes, so no Netty response encoder is involved.
 */
final class HttpChannelInitializer extends ChannelInitializer<SocketChannel> {
    /**
     * http.c MAX_HTTP_LINE_LENGTH is 4096 bytes for the request line and each header line, CR LF
     * included; Netty counts the line without its LF. Header lines are checked one by one by the
     * connection handler, so the total only has to allow 100 of them.
     */
    static final int MAX_INITIAL_LINE = 4094;
    static final int MAX_HEADER_TOTAL = 100 * 4096 + 4096;
    private static final int MAX_CHUNK = 8192;

    private final HttpContext context;
    private final SslContext ssl;

    HttpChannelInitializer(HttpContext context, SslContext ssl) {
        this.context = context;
        this.ssl = ssl;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        if (ssl != null) {
            p.addLast("tls", ssl.newHandler(ch.alloc()));
        }
        p.addLast("bytes-read", HttpBytesRead.HANDLER);
        p.addLast("http-decoder", new HttpRequestDecoder(new HttpDecoderConfig()
                .setMaxInitialLineLength(MAX_INITIAL_LINE)
                .setMaxHeaderSize(MAX_HEADER_TOTAL)
                .setMaxChunkSize(MAX_CHUNK)));
        p.addLast("http-connection", new HttpConnectionHandler(context, ssl != null));
    }
}
