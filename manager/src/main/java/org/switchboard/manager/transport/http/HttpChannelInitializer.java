package org.switchboard.manager.transport.http;

import java.util.function.Supplier;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.ssl.SslContext;

/**
 * Each HTTP connection's pipeline, in order: [TLS], the read-activity probe, the head reader
 * that reads request heads as Asterisk does, Netty's request decoder (which then only frames the
 * body), and the connection handler. Replies are framed by {@link HttpResponseEncoder} and
 * written as bytes, so no Netty response encoder is involved.
 */
final class HttpChannelInitializer extends ChannelInitializer<SocketChannel> {
    /**
     * {@link HttpHeadDecoder} enforces http.c's limits on the raw lines and hands Netty a canonical
     * head, whose request line may be longer than the one sent (a version is added) and whose
     * header lines fit in these bounds.
     */
    static final int MAX_INITIAL_LINE = 2 * HttpHeadDecoder.MAX_LINE;
    static final int MAX_HEADER_TOTAL = (HttpHeadDecoder.MAX_HEADERS + 1) * (HttpHeadDecoder.MAX_LINE + 1);
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
        p.addLast("http-head", new HttpHeadDecoder());
        p.addLast("http-decoder", new HttpRequestDecoder(new HttpDecoderConfig()
                .setValidateHeaders(false)
                .setMaxInitialLineLength(MAX_INITIAL_LINE)
                .setMaxHeaderSize(MAX_HEADER_TOTAL)
                .setMaxChunkSize(MAX_CHUNK)));
        p.addLast("http-connection", new HttpConnectionHandler(context, ssl != null));
    }
}
