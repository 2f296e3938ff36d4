package org.switchboard.manager.action;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One AMI action. Handlers are small classes registered through an {@link ActionFamily}; the
 * {@link ActionDispatcher} checks authentication and write permission before calling
 * {@link #handle}.
 *
 * <p>A handler writes its replies through the context as it goes (so a reply written on the core
 * thread precedes the events the same task publishes) and returns a stage that completes when the
 * action is over; the session reads its next request only then, as Asterisk's session thread
 * does.
 */
public interface ActionHandler {
    /** A completed stage for handlers that finish at once. */
    CompletionStage<Void> DONE = CompletableFuture.completedStage(null);

    /** The action name as Asterisk registers it ({@code CoreSettings}); matched ignoring case. */
    String name();

    /** The write classes of which any one suffices; 0 = none needed (spec 01 §3.4). */
    int requiredWrite();

    /** The synopsis ListCommands and {@code manager show commands} print. */
    String synopsis();

    /**
     * Where this handler may run. A session's requests are answered in order; a handler that
     * says it needs nothing but one step on the core, or nothing at all, lets the session hand
     * its requests to the core back to back instead of waiting for each one to come back.
     */
    default Placement placement() {
        return Placement.SESSION;
    }

    CompletionStage<Void> handle(ActionContext context);
}
