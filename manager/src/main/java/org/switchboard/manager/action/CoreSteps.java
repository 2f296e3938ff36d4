package org.switchboard.manager.action;

import java.util.concurrent.CompletionStage;

/**
 * How an action's {@link ActionContext#onCore} step reaches the core thread: straight to its
 * queue, or gathered with the steps of the requests read in the same burst and handed over in
 * one go (see the session handler).
 */
@FunctionalInterface
public interface CoreSteps {
    /** Runs {@code step} on the core thread; the stage completes after it ran. */
    CompletionStage<Void> submit(Runnable step);
}
