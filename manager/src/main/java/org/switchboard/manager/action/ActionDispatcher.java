package org.switchboard.manager.action;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.SessionOutput;
import org.switchboard.manager.settings.ManagerUser;
import org.switchboard.pbx.log.Verbose;
import org.switchboard.protocol.AmiError;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Ascii;
import org.switchboard.protocol.HeaderNames;

/**
 * Runs one framed request the way Asterisk's process_message does (spec 01 §1.4): framing errors,
 * missing Action, shutdown, the pre-login gate, the login-in-use rule, lookup, write permission,
 * then the handler. Runs on the session's I/O thread; handlers hop to the core when they need to.
 */
public final class ActionDispatcher {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");
    private static final Duration LOGIN_FAILURE_DELAY = Duration.ofSeconds(1);

    private final ManagerRuntime runtime;

    public ActionDispatcher(ManagerRuntime runtime) {
        this.runtime = runtime;
    }

    /** A request being handled: its context and the stage that completes when it is over. */
    public record Dispatched(ActionContext context, CompletionStage<Void> done) { }

    /** Handles {@code message}; {@code done} completes when the session may read its next request. */
    public Dispatched dispatch(AmiSession session, AmiMessage message, ScheduledExecutorService timer) {
        ActionContext ctx = new ActionContext(runtime, session, message, timer);
        return new Dispatched(ctx, run(ctx));
    }

    /** The same, with the action's core step handed over through {@code steps}. */
    public Dispatched dispatch(AmiSession session, AmiMessage message, ScheduledExecutorService timer, CoreSteps steps) {
        ActionContext ctx = new ActionContext(runtime, session, message, timer);
        ctx.coreSteps(steps);
        return new Dispatched(ctx, run(ctx));
    }

    /** The same, with the replies going to {@code replies} (one HTTP response's body). */
    public Dispatched dispatch(AmiSession session, AmiMessage message, ScheduledExecutorService timer,
                               SessionOutput replies) {
        ActionContext ctx = new ActionContext(runtime, session, message, timer, replies);
        return new Dispatched(ctx, run(ctx));
    }

    /**
     * Where {@code message} would be handled: its handler's placement when it will reach its
     * handler (a logged-in session, a well-formed request, a known action the session may run),
     * {@link Placement#SESSION} for everything the dispatcher answers itself or may refuse.
     */
    public Placement placement(AmiSession session, AmiMessage message) {
        if (!session.authenticated() || !message.wellFormed()
                || runtime.status().shuttingDown()) {
            return Placement.SESSION;
        }
        Optional<ActionHandler> found = runtime.actions().find(message.action());
        if (found.isEmpty() || !Permissions.mayRun(session.writePerm(), found.get().requiredWrite())) {
            return Placement.SESSION;
        }
        return found.get().placement();
    }

    private CompletionStage<Void> run(ActionContext ctx) {
        AmiMessage message = ctx.message();
        AmiSession session = ctx.session();
        switch (message.problem()) {
            case TOO_MANY_HEADERS:
                ctx.reply(AmiResponse.error(AmiError.TOO_MANY_LINES));
                return ActionHandler.DONE;
            case LINE_TOO_LONG:
                ctx.reply(AmiResponse.error(AmiError.LINE_TOO_LONG));
                return ActionHandler.DONE;
            default:
                break;
        }

        String action = message.action();
        if (action.isEmpty()) {
            ctx.reply(AmiResponse.error(AmiError.MISSING_ACTION));
            runtime.security().requestBadFormat(session, "NONE");
            return ActionHandler.DONE;
        }

        logAction(message);

        if (runtime.status().shuttingDown()) {
            log.error("Unable to process manager action '{}'. Asterisk is shutting down.", action);
            ctx.reply(AmiResponse.error(AmiError.SHUTTING_DOWN));
            return ActionHandler.DONE;
        }

        boolean login = Ascii.equalsIgnoreCase(action, "Login");
        boolean challenge = Ascii.equalsIgnoreCase(action, "Challenge");
        if (!session.authenticated() && !login && !challenge && !Ascii.equalsIgnoreCase(action, "Logoff")) {
            ctx.reply(AmiResponse.error(AmiError.PERMISSION_DENIED));
            runtime.security().requestNotAllowed(session, action);
            return ActionHandler.DONE;
        }

        if (!session.authenticated() && (login || challenge) && loginInUse(message.header(HeaderNames.USERNAME))) {
            runtime.security().sessionLimit(session);
            ctx.endSession();
            return ctx.after(LOGIN_FAILURE_DELAY).thenRun(() -> ctx.reply(AmiResponse.error(AmiError.LOGIN_IN_USE)));
        }

        Optional<ActionHandler> found = runtime.actions().find(action);
        if (found.isEmpty()) {
            ctx.reply(AmiResponse.error(AmiError.unknownAction(action)));
            runtime.security().requestBadFormat(session, action);
            return ActionHandler.DONE;
        }
        ActionHandler handler = found.get();
        if (!Permissions.mayRun(session.writePerm(), handler.requiredWrite())) {
            ctx.reply(AmiResponse.error(AmiError.PERMISSION_DENIED));
            runtime.security().requestNotAllowed(session, action);
            return ActionHandler.DONE;
        }
        try {
            return handler.handle(ctx);
        } catch (RuntimeException e) {
            log.error("Manager action '{}' failed", handler.name(), e);
            ctx.reply(AmiResponse.error(AmiError.INTERNAL_ERROR));
            return ActionHandler.DONE;
        }
    }

    /** spec 01 §1.4 step 5: another session has that name and the user forbids a second login. */
    private boolean loginInUse(String username) {
        if (username.isEmpty() || !runtime.sessions().usernameInUse(username)) {
            return false;
        }
        Optional<ManagerUser> user = runtime.settings().user(username);
        return user.isPresent() && !user.get().allowMultipleLogin();
    }

    // manager.c log_action: every header, secrets redacted
    private void logAction(AmiMessage message) {
        if (!runtime.managerDebug()) {
            return;
        }
        StringBuilder b = new StringBuilder("<--- Examining AMI action: -->\n");
        for (String line : message.headers().lines()) {
            if (Ascii.startsWithIgnoreCase(line, "Secret")) {
                b.append("Secret: <redacted from logging>\n");
            } else {
                b.append(line).append('\n');
            }
        }
        Verbose.log(log, 0, b.toString());
    }
}
