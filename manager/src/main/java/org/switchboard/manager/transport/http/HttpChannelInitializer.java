package org.switchboard.manager.transport.http;

import java.util.function.Supplier;

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
     * http.c reads the request line and each header line into a MAX_HTTP_LINE_LENGTH (4096) buffer
     * with iostream.c ast_iostream_gets, which keeps room for the NUL: a line fits when it has at
     * most 4095 bytes with its CR LF, so at most 4093 characters of text. Netty counts the text
     * without CR and LF. (A line ended by a bare LF could have one character more in Asterisk; real
     * clients end lines with CR LF.) Header lines are checked one by one by the connection handler,
     * so the total only has to allow 100 of them.
     */
    static final int MAX_LINE_TEXT = 4093;
    static final int MAX_HEADER_TOTAL = 100 * 4096 + 4096;
    private static final int MAX_CHUNK = 8192;

    private final HttpContext context;
    private final Supplier<SslContext> ssl;

    /** @param ssl the TLS context of the moment (read for each connection), or null for plain HTTP */
    HttpChannelInitializer(HttpContext context, Supplier<SslContext> ssl) {
        this.context = context;
        this.ssl = ssl;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        if (ssl != null) {
            p.addLast("tls", ssl.get().newHandler(ch.alloc()));
        }
        p.addLast("bytes-read", HttpBytesRead.HANDLER);
        p.addLast("http-decoder", new HttpRequestDecoder(new HttpDecoderConfig()
                .setMaxInitialLineLength(MAX_LINE_TEXT)
                .setMaxHeaderSize(MAX_HEADER_TOTAL)
                .setMaxChunkSize(MAX_CHUNK)));
        p.addLast("http-connection", new HttpConnectionHandler(context, ssl != null));
    }
}
