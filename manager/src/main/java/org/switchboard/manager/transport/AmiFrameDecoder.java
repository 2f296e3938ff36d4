package org.switchboard.manager.transport;

import java.net.InetSocketAddress;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.protocol.AmiLimits;
import org.switchboard.protocol.AmiParser;

/**
 * Adapts the protocol module's push parser to Netty: bytes in, {@code AmiMessage}s out. Not
 * Netty's line decoder, whose handling of over-long lines is not Asterisk's (spec 01 §1.2). The
 * decoder never closes anything; bad framing travels on the message.
 */
final class AmiFrameDecoder extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");

    private AmiParser parser;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        parser = new AmiParser(AmiLimits.ASTERISK, first -> {
            String ip = ctx.channel().remoteAddress() instanceof InetSocketAddress a
                    ? NumericAddress.format(a.getAddress()) : String.valueOf(ctx.channel().remoteAddress());
            log.warn("Discarding message from {}. Line too long: {}...", ip, first);
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            ctx.fireUserEventTriggered(BytesArrived.INSTANCE);
            if (buf.hasArray()) {
                int from = buf.arrayOffset() + buf.readerIndex();
                parser.feed(buf.array(), from, from + buf.readableBytes(), ctx::fireChannelRead);
            } else {
                parser.feed(buf.nioBuffer(), ctx::fireChannelRead);
            }
        } finally {
            buf.release();
        }
    }
}
