package org.switchboard.manager.transport.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Sits in front of the HTTP decoder and tells the connection handler, by a user event that
 * passes through the decoder ahead of what it decodes, that bytes arrived: http.c's read timeouts
 * restart on any byte, even in the middle of a request line.
 */
@ChannelHandler.Sharable
final class HttpBytesRead extends ChannelInboundHandlerAdapter {
    static final HttpBytesRead HANDLER = new HttpBytesRead();

    /** The user event. */
    enum Event { INSTANCE }

    private HttpBytesRead() { }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ctx.fireUserEventTriggered(Event.INSTANCE);
        ctx.fireChannelRead(msg);
    }
}
