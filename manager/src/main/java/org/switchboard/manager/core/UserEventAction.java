package org.switchboard.manager.core;

import java.util.concurrent.CompletionStage;

import io.netty.buffer.ByteBuf;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.action.Placement;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.protocol.AmiHeaders;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Ascii;

/**
 * UserEvent (spec 01 §9.1): the ack first, then an event of class user carrying
 * {@code UserEvent: <value>} and every other request line, verbatim and in order, except those
 * beginning with {@code UserEvent:} or {@code Action:} (ActionID stays).
 */
final class UserEventAction implements ActionHandler {
    private static final int USER = PermissionClass.USER.mask();

    @Override public String name() { return "UserEvent"; }
    @Override public int requiredWrite() { return USER; }
    @Override public String synopsis() { return "Send an arbitrary event."; }
    @Override public Placement placement() { return Placement.CORE; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        AmiHeaders headers = ctx.message().headers();
        StringBuilder body = new StringBuilder(64 + 32 * headers.size());
        body.append("UserEvent: ").append(headers.first("UserEvent")).append("\r\n");
        for (int i = 0; i < headers.size(); i++) {
            String line = headers.line(i);
            if (!Ascii.startsWithIgnoreCase(line, "UserEvent:") && !Ascii.startsWithIgnoreCase(line, "Action:")) {
                body.append(line).append("\r\n");
            }
        }
        String text = body.toString();
        // rendered and encoded here, on the session's thread: the core only puts them in order
        ManagerEvents events = ctx.runtime().events();
        RenderedEvent event = events.prepare("UserEvent", USER, text);
        ByteBuf ack = ctx.encode(AmiResponse.success("Event Sent"));
        return ctx.onCore(() -> {
            ctx.output().send(ack);
            if (event != null) {
                events.publish(event);
            } else {
                events.publish("UserEvent", USER, text, "manager.c", "action_userevent");
            }
        });
    }
}
