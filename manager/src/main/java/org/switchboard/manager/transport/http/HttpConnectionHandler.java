package org.switchboard.manager.transport.http;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.Ascii;

/**
 * One HTTP connection (http.c httpd_helper_thread, httpd_process_request): the sessionlimit gate,
 * requests answered strictly one after another, Asterisk's timeouts, its checks on the request
 * head, and its rules for when a reply closes the connection.
 *
 * <ul>
 *   <li>Timeouts: the first request may take max(session_keep_alive, 10 s) to start, later ones
 *       session_keep_alive; inside a request every pause may last session_inactivity. A request
 *       that never starts is dropped silently; one stalled in its head gets 400 {@code Timeout};
 *       one stalled in a form body 400 {@code Error parsing request body}.</li>
 *   <li>A reply that closes the connection goes out at once; any other reply after the request's
 *       body has been read (and, unless the endpoint wanted it, thrown away).</li>
 *   <li>A form body over 40960 bytes gets 413 {@code Body too large}.</li>
 * </ul>
 * Unlike Asterisk, which closes at once, a connection closed after a refused body keeps reading
 * (and discarding) for a while before closing, so the client reliably receives the reply.
 */
final class HttpConnectionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger("http");

    /** http.c MAX_CONTENT_LENGTH. */
    static final int MAX_CONTENT_LENGTH = 40960;
    /** http.c MIN_INITIAL_REQUEST_TIMEOUT (ms). */
    static final int MIN_INITIAL_REQUEST_TIMEOUT = 10000;
    /** How long a closing connection goes on discarding the client's bytes. */
    private static final int LINGER_MS = 2000;

    private enum Phase { AWAITING, HEAD, BODY, PROCESSING, LINGERING }

    private final HttpContext context;
    private final boolean tls;
    private final ArrayDeque<Object> backlog = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private boolean admitted;
    private Phase phase = Phase.AWAITING;
    private ScheduledFuture<?> timer;
    private Request current;
    private boolean busy;
    private boolean bytesWhileBusy;
    private boolean closing;

    /** The request being read. */
    private static final class Request {
        final HttpExchange exchange;
        ManagerEndpoint endpoint;
        HttpReply reply;
        boolean collect;
        ByteArrayOutputStream body;
        boolean forceClose;

        Request(HttpExchange exchange) {
            this.exchange = exchange;
        }
    }

    HttpConnectionHandler(HttpContext context, boolean tls) {
        this.context = context;
        this.tls = tls;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        HttpSettings s = context.settings();
        admitted = true;
        if (context.connections().getAndIncrement() >= s.sessionLimit()) {
            log.warn("HTTP session count exceeded {} sessions.", s.sessionLimit());
            ctx.close();
            return;
        }
        int first = s.sessionKeepAliveMs() > 0 ? s.sessionKeepAliveMs() : s.sessionInactivityMs();
        awaitRequest(Math.max(first, MIN_INITIAL_REQUEST_TIMEOUT));
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (admitted) {
            context.connections().decrementAndGet();
        }
        closing = true;
        cancelTimer();
        Object m;
        while ((m = backlog.poll()) != null) {
            ReferenceCountUtil.release(m);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt != HttpBytesRead.Event.INSTANCE) {
            ctx.fireUserEventTriggered(evt);
            return;
        }
        if (busy) {
            bytesWhileBusy = true;
            return;
        }
        if (phase == Phase.AWAITING || phase == Phase.HEAD || phase == Phase.BODY) {
            if (phase == Phase.AWAITING) {
                phase = Phase.HEAD;
            }
            restartTimer(context.settings().sessionInactivityMs());
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (busy) {
            backlog.add(msg);
            return;
        }
        handle(msg);
    }

    private void handle(Object msg) {
        try {
            if (phase == Phase.LINGERING) {
                // only waiting for the client to finish sending what was refused
                if (msg instanceof LastHttpContent) {
                    close();
                }
                return;
            }
            if (msg instanceof HttpRequest request) {
                startRequest(request);
            }
            if (msg instanceof HttpContent content && phase != Phase.LINGERING) {
                content(content);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    // ---- the request head ----

    private void startRequest(HttpRequest request) {
        phase = Phase.BODY;
        restartTimer(context.settings().sessionInactivityMs());
        if (request.decoderResult().isFailure()) {
            replyAndClose(badRequest(request.decoderResult().cause()));
            return;
        }
        InetSocketAddress remote = (InetSocketAddress) ctx.channel().remoteAddress();
        InetSocketAddress listener = (InetSocketAddress) ctx.channel().parent().localAddress();
        Request r = new Request(new HttpExchange(request, remote, listener, ctx.channel().eventLoop()));
        current = r;
        HttpReply refused = checkHead(request);
        if (refused != null) {
            replyAndClose(refused);
            return;
        }
        HttpRouter.Route route = context.router().route(r.exchange.path(), remote.getAddress());
        if (route.reply() != null) {
            r.reply = route.reply();
        } else {
            r.endpoint = route.endpoint();
            Optional<HttpReply> early = r.endpoint.head(r.exchange);
            early.ifPresent(reply -> r.reply = reply);
        }
        if (r.reply != null) {
            if (r.reply.close()) {
                replyAndClose(r.reply);
            }
            return;
        }
        if (r.exchange.readsFormBody()) {
            long declared = declaredLength(request);
            if (declared > MAX_CONTENT_LENGTH) {
                log.warn("Excessively long HTTP content. ({} > {})", declared, MAX_CONTENT_LENGTH);
                replyAndClose(bodyTooLarge());
                return;
            }
            r.collect = true;
            r.body = new ByteArrayOutputStream((int) Math.max(0, declared));
        }
    }

    /**
     * The check http.c makes after the head and before it looks at the URI (the line and header
     * limits are {@link HttpHeadDecoder}'s): no transfer coding but identity or chunked.
     */
    private HttpReply checkHead(HttpRequest request) {
        String coding = request.headers().get("Transfer-Encoding");
        if (coding != null && !Ascii.equalsIgnoreCase(coding, "identity") && !Ascii.equalsIgnoreCase(coding, "chunked")) {
            return error(501, "Unimplemented", "Unsupported Transfer-Encoding.");
        }
        return null;
    }

    /** A refused head; or Netty's decoder refused the body framing (http.c's text where one matches). */
    private HttpReply badRequest(Throwable cause) {
        if (cause instanceof HttpHeadRefused refused) {
            return error(refused.status(), refused.title(), refused.text());
        }
        String message = String.valueOf(cause.getMessage());
        if (Ascii.toLowerCase(message).contains("content-length")) {
            return error(400, "Bad Request", "Invalid Content-Length in request!");
        }
        return error(400, "Bad Request", "Invalid Request");
    }

    private static long declaredLength(HttpRequest request) {
        String value = request.headers().get("Content-Length");
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;   // the decoder has refused such a request already
        }
    }

    // ---- the body ----

    private void content(HttpContent content) {
        Request r = current;
        if (r == null) {
            return;
        }
        if (r.collect) {
            ByteBuf data = content.content();
            if (r.body.size() + data.readableBytes() > MAX_CONTENT_LENGTH) {
                log.warn("Excessively long HTTP accumulated chunked body. ({} + {} > {})", r.body.size(),
                        data.readableBytes(), MAX_CONTENT_LENGTH);
                replyAndClose(bodyTooLarge());
                return;
            }
            byte[] bytes = new byte[data.readableBytes()];
            data.getBytes(data.readerIndex(), bytes);
            r.body.write(bytes, 0, bytes.length);
        }
        if (content instanceof LastHttpContent) {
            complete(r);
        }
    }

    // ---- answering ----

    private void complete(Request r) {
        current = null;
        busy = true;
        bytesWhileBusy = false;
        phase = Phase.PROCESSING;
        cancelTimer();
        if (r.reply != null) {
            send(r, r.reply);
            return;
        }
        List<FormParams.Param> params = r.exchange.params(r.body == null ? new byte[0] : r.body.toByteArray());
        CompletionStage<HttpReply> stage;
        try {
            stage = r.endpoint.handle(r.exchange, params);
        } catch (RuntimeException e) {
            log.error("HTTP manager request failed", e);
            send(r, serverError());
            return;
        }
        stage.whenComplete((reply, failure) -> ctx.executor().execute(() -> {
            if (failure != null) {
                log.error("HTTP manager request failed", failure);
            }
            send(r, failure != null || reply == null ? serverError() : reply);
        }));
    }

    private void send(Request r, HttpReply reply) {
        if (!ctx.channel().isActive()) {
            return;
        }
        boolean close = reply.close() || r.forceClose || r.exchange.clientWantsClose()
                || context.settings().sessionKeepAliveMs() <= 0;
        write(reply, close, r.exchange.isMethod("HEAD"));
        if (close) {
            lingerThenClose();
            return;
        }
        busy = false;
        phase = bytesWhileBusy ? Phase.HEAD : Phase.AWAITING;
        restartTimer(phase == Phase.HEAD ? context.settings().sessionInactivityMs()
                : context.settings().sessionKeepAliveMs());
        Object next;
        while (!busy && !closing && (next = backlog.poll()) != null) {
            handle(next);
        }
    }

    private void write(HttpReply reply, boolean close, boolean head) {
        ByteBuf bytes = HttpResponseEncoder.encode(ctx.alloc(), reply, context.serverName(), ZonedDateTime.now(),
                close, head);
        ctx.writeAndFlush(bytes, ctx.voidPromise());
    }

    /** Writes a reply that ends the connection, at once (the rest of the request is not read). */
    private void replyAndClose(HttpReply reply) {
        current = null;
        write(reply.closing(), true, false);
        lingerThenClose();
    }

    /**
     * Stops sending and discards what the client still sends for a short while, so that closing
     * with unread bytes does not reset the connection before the client has read the reply.
     */
    private void lingerThenClose() {
        busy = false;
        phase = Phase.LINGERING;
        if (tls || !(ctx.channel() instanceof DuplexChannel duplex)) {
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            closing = true;
            return;
        }
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(f -> duplex.shutdownOutput());
        restartTimer(LINGER_MS);
    }

    private void close() {
        closing = true;
        cancelTimer();
        ctx.close();
    }

    private HttpReply error(int status, String title, String text) {
        return HttpErrorPages.error(status, title, text, context.serverName(), true);
    }

    private HttpReply bodyTooLarge() {
        return error(413, "Request Entity Too Large", "Body too large");
    }

    private HttpReply serverError() {
        return error(500, "Server Error", "Internal Server Error");
    }

    // ---- timers ----

    private void awaitRequest(int ms) {
        phase = Phase.AWAITING;
        restartTimer(ms);
    }

    private void restartTimer(int ms) {
        cancelTimer();
        timer = ctx.executor().schedule(this::timedOut, ms, TimeUnit.MILLISECONDS);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void timedOut() {
        timer = null;
        switch (phase) {
            case AWAITING, LINGERING -> close();
            case HEAD -> replyAndClose(error(400, "Bad Request", "Timeout"));
            case BODY -> {
                Request r = current;
                if (r == null) {
                    close();
                } else if (r.collect) {
                    replyAndClose(error(400, "Bad Request", "Error parsing request body"));
                } else {
                    // the unread body could not be discarded: answer and close (http.c ast_http_send)
                    r.forceClose = true;
                    complete(r);
                }
            }
            case PROCESSING -> { }
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("HTTP connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        close();
    }
}
