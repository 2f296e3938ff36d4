package org.switchboard.manager.channel.action;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.switchboard.config.AstBool;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.CallerIdParser;
import org.switchboard.pbx.dialplan.pattern.ExtensionNames;
import org.switchboard.pbx.originate.OriginateOutcome;
import org.switchboard.pbx.originate.OriginateRequest;
import org.switchboard.pbx.originate.Originator;
import org.switchboard.protocol.AmiResponse;

/**
 * Originate (spec 02 §4.2, §2.5; manager.c action_originate): the checks in Asterisk's order and
 * with its texts, then a synchronous call (the response comes when dialing is over, and the
 * session's events wait behind it) or an asynchronous one (answered at once, OriginateResponse
 * when dialing is over).
 */
final class OriginateAction implements ActionHandler {
    /** AST_MAX_PUBLIC_UNIQUEID. */
    private static final int MAX_PUBLIC_UNIQUEID = 149;
    private static final int DEFAULT_TIMEOUT_MS = 30_000;

    private final Pbx pbx;
    private final Originator originator;

    OriginateAction(Pbx pbx) {
        this.pbx = pbx;
        this.originator = new Originator(pbx);
    }

    @Override public String name() { return "Originate"; }
    @Override public int requiredWrite() { return PermissionClass.ORIGINATE.mask(); }
    @Override public String synopsis() { return "Originate a call."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return pbx.core().submit(() -> onCore(ctx)).thenCompose(stage -> stage);
    }

    private CompletionStage<Void> onCore(ActionContext ctx) {
        String channel = ctx.header("Channel");
        String exten = ctx.header("Exten");
        String context = ctx.header("Context");
        String priorityText = ctx.header("Priority");
        String timeoutText = ctx.header("Timeout");
        String app = ctx.header("Application");
        String appData = ctx.header("Data");
        String channelId = ctx.header("ChannelId");
        String otherChannelId = ctx.header("OtherChannelId");

        if (channelId.length() > MAX_PUBLIC_UNIQUEID || otherChannelId.length() > MAX_PUBLIC_UNIQUEID) {
            // astman_send_error_va with a format ending in a newline: it stays in the message
            ctx.reply(AmiResponse.error("Uniqueid length exceeds maximum of " + MAX_PUBLIC_UNIQUEID + "\n"));
            return DONE;
        }
        if (channel.isEmpty()) {
            ctx.reply(AmiResponse.error("Channel not specified"));
            return DONE;
        }
        int priority = 0;
        if (!priorityText.isEmpty()) {
            Integer n = CNumbers.scanInt(priorityText);
            if (n != null) {
                priority = n;
            } else {
                priority = pbx.dialplan().findLabel(context, exten, priorityText, null, pbx.clock().now());
                if (priority < 1) {
                    ctx.reply(AmiResponse.error("Invalid priority"));
                    return DONE;
                }
            }
        }
        int timeoutMs = DEFAULT_TIMEOUT_MS;
        if (!timeoutText.isEmpty()) {
            Integer n = CNumbers.scanInt(timeoutText);
            if (n == null) {
                ctx.reply(AmiResponse.error("Invalid timeout"));
                return DONE;
            }
            timeoutMs = n;
        }
        int slash = channel.indexOf('/');
        if (slash < 0) {
            ctx.reply(AmiResponse.error("Invalid channel"));
            return DONE;
        }
        String tech = channel.substring(0, slash);
        String data = channel.substring(slash + 1);
        CallerIdParser.CallerId cid = CallerIdParser.parse(ctx.header("CallerID"));
        String cidName = emptyToNull(cid.name());
        String cidNumber = cid.number() == null ? null : emptyToNull(ExtensionNames.shrinkPhoneNumber(cid.number()));
        if (!app.isEmpty() && !OriginatePermissions.permitted(app, appData, ctx.session().writePerm())) {
            ctx.reply(AmiResponse.error("Originate Access Forbidden: app or data blacklisted"));
            return DONE;
        }
        if (priority != 0 && !pbx.extensionExists(context, exten, priority, cidNumber)) {
            ctx.reply(AmiResponse.error("Extension does not exist."));
            return DONE;
        }
        List<Map.Entry<String, String>> variables = variables(ctx);
        boolean earlyMedia = AstBool.isTrue(ctx.header("Earlymedia"));
        boolean async = AstBool.isTrue(ctx.header("Async"));
        if (!async && app.isEmpty() && priority == 0) {
            ctx.reply(AmiResponse.error("Originate with 'Exten' requires 'Context' and 'Priority'"));
            return DONE;
        }
        OriginateRequest request = new OriginateRequest(tech, data, Duration.ofMillis(Math.max(0, timeoutMs)),
                app.isEmpty() ? null : app, appData, context, exten, priority, cidNumber, cidName, variables,
                ctx.header("Account"), earlyMedia, emptyToNull(channelId), emptyToNull(otherChannelId));
        if (async) {
            ctx.reply(AmiResponse.success("Originate successfully queued"));
            originator.originate(request, outcome -> OriginateResponse.publish(ctx, request, outcome));
            return DONE;
        }
        return synchronous(ctx, request);
    }

    private CompletionStage<Void> synchronous(ActionContext ctx, OriginateRequest request) {
        AmiSession session = ctx.session();
        session.holdEventsDuringAction();
        CompletableFuture<Void> done = new CompletableFuture<>();
        originator.originate(request, outcome -> {
            reply(ctx, outcome);
            session.releaseActionHold();
            done.complete(null);
        });
        return done;
    }

    private static void reply(ActionContext ctx, OriginateOutcome outcome) {
        if (outcome.success()) {
            ctx.reply(AmiResponse.success("Originate successfully queued"));
        } else {
            ctx.reply(AmiResponse.error("Originate failed"));
        }
    }

    /**
     * The user's setvar entries, then the Variable headers; each header's pairs in reverse, and
     * the headers in reverse, as astman_get_variables builds its list by prepending.
     */
    private static List<Map.Entry<String, String>> variables(ActionContext ctx) {
        List<Map.Entry<String, String>> fromHeaders = new ArrayList<>();
        for (String value : ctx.message().headers().all("Variable")) {
            for (Map.Entry<String, String> pair : VariableHeaders.pairs(value)) {
                fromHeaders.add(0, pair);
            }
        }
        List<Map.Entry<String, String>> all = new ArrayList<>(ctx.session().setvars());
        all.addAll(fromHeaders);
        return all;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
