package org.switchboard.manager.core;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.action.ActionIdLine;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.protocol.AmiError;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.HeaderNames;

/**
 * Events (spec 01 §9.1): sets the session's send_events mask as given (22.10.1 stores it raw;
 * delivery still checks readperm). Runs on the core so that no event decided under the old mask
 * follows the reply.
 */
final class EventsAction implements ActionHandler {
    @Override public String name() { return "Events"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Control Event Flow."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        int mask = Permissions.eventMask(ctx.header(HeaderNames.EVENT_MASK));
        boolean broken = ctx.runtime().settings().general().brokenEventsAction();
        return ctx.onCore(() -> {
            if (mask >= 0) {
                ctx.session().sendEvents(mask);
            }
            // the reply is printed through a 256-byte buffer in Asterisk (manager.c action_events)
            String id = ActionIdLine.truncated(ctx.actionId(), 256);
            if (broken && (mask < 0 || mask == PermissionClass.ALL.mask())) {
                return;   // brokeneventsaction: no reply at all for "all" or an invalid mask
            }
            if (mask > 0) {
                ctx.send("Response: Success\r\n" + id + "Events: On\r\n\r\n");
            } else if (mask == 0) {
                ctx.send("Response: Success\r\n" + id + "Events: Off\r\n\r\n");
            } else {
                ctx.reply(AmiResponse.error(AmiError.INVALID_EVENT_MASK));
            }
        });
    }
}
