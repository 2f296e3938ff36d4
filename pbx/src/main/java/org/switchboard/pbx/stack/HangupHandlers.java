package org.switchboard.pbx.stack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.event.HangupHandlerChanged;

/**
 * A channel's hangup handlers (pbx_hangup_handler.c): subroutines pushed with
 * CHANNEL(hangup_handler_push), run newest first when the channel's dialplan run ends (after the
 * {@code h} extension), each announced by HangupHandlerPush / Pop / Run. Limit: a channel that
 * never ran dialplan does not run its handlers when hung up.
 */
public final class HangupHandlers {
    private final Deque<String> handlers = new ArrayDeque<>();

    private static HangupHandlers of(SimChannel c) {
        return c.attachmentOr(HangupHandlers.class, ch -> new HangupHandlers());
    }

    /** ast_pbx_hangup_handler_push: the subroutine is completed from the channel's location. */
    public static void push(SimChannel c, String handler) {
        if (handler == null || handler.isEmpty()) {
            return;
        }
        String expanded = Subroutine.expandArgs(c, handler);
        of(c).handlers.addFirst(expanded);
        c.host().publish(new HangupHandlerChanged(c.snapshot(), "push", expanded));
    }

    /** ast_pbx_hangup_handler_pop: false when there was none. */
    public static boolean pop(SimChannel c) {
        HangupHandlers h = c.attachment(HangupHandlers.class);
        String removed = h == null ? null : h.handlers.pollFirst();
        if (removed == null) {
            return false;
        }
        c.host().publish(new HangupHandlerChanged(c.snapshot(), "pop", removed));
        return true;
    }

    /** The handlers, the next to run first (core show hanguphandlers). */
    public static List<String> list(SimChannel c) {
        HangupHandlers h = c.attachment(HangupHandlers.class);
        return h == null ? List.of() : List.copyOf(h.handlers);
    }

    /**
     * ast_pbx_hangup_handler_run: the channel is marked as running hangup code, then each handler
     * runs to its end, even though the channel is hung up. Completes when all ran.
     */
    public static CompletableFuture<Void> runAll(Pbx pbx, SimChannel c) {
        HangupHandlers h = c.attachment(HangupHandlers.class);
        if (h == null || h.handlers.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        c.softHangupQuietly(SoftHangup.HANGUP_EXEC);
        return next(pbx, c, h);
    }

    private static CompletableFuture<Void> next(Pbx pbx, SimChannel c, HangupHandlers h) {
        String handler = h.handlers.pollFirst();
        if (handler == null) {
            return CompletableFuture.completedFuture(null);
        }
        c.host().publish(new HangupHandlerChanged(c.snapshot(), "run", handler));
        return Subroutine.execute(pbx, c, handler, true).thenCompose(res -> next(pbx, c, h));
    }
}
