package org.switchboard.manager.db;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.protocol.AmiBlockBuilder;
import org.switchboard.protocol.AmiResponse;

/** What the AstDB actions share: the list terminator, and answering once the store has. */
final class DbReplies {
    private static final Logger log = LoggerFactory.getLogger(DbReplies.class);

    private DbReplies() { }

    /** manager.c astman_send_list_complete_start + _end. */
    static String listComplete(String event, String actionId, int count) {
        return org.switchboard.protocol.AmiLists.complete(event, actionId, count);
    }

    /**
     * Replies with {@code answer(result)} when the store's work is done (on the storage thread);
     * a store that refused the work (closed, queue full) is answered with {@code failure}.
     */
    static <T> CompletionStage<Void> whenDone(ActionContext ctx, CompletionStage<T> work, Function<T, Runnable> answer,
                                              String failure) {
        return work.handle((result, error) -> {
            if (error != null) {
                log.warn("AstDB refused {}: {}", ctx.message().action(), error.toString());
                ctx.reply(AmiResponse.error(failure));
            } else {
                answer.apply(result).run();
            }
            return null;
        });
    }
}
