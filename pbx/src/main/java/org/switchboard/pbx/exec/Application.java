package org.switchboard.pbx.exec;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A dialplan application (Answer, Wait, Dial, ...). It runs on the core thread and returns a
 * stage that completes — at once or later, when a timer fires or the far end answers — with
 * Asterisk's result: 0 to go on to the next priority, anything else to stop (usually -1).
 */
public interface Application {
    CompletionStage<Integer> CONTINUE = CompletableFuture.completedStage(0);
    CompletionStage<Integer> HANGUP = CompletableFuture.completedStage(-1);

    /** The name the dialplan calls it by (compared without case). */
    String name();

    CompletionStage<Integer> execute(AppContext ctx, String data);

    /** A completed stage with this result. */
    static CompletionStage<Integer> result(int value) {
        return value == 0 ? CONTINUE : value == -1 ? HANGUP : CompletableFuture.completedStage(value);
    }
}
