package org.switchboard.manager.core;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.filter.EventFilterParser;
import org.switchboard.manager.filter.FilterParseResult;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Ascii;

/**
 * Filter (spec 01 §4.3; manager.c action_filter): adds one filter to this session only, after the
 * user's own. Applied on the core so that no event decided under the old filters follows the
 * reply.
 */
final class FilterAction implements ActionHandler {
    @Override public String name() { return "Filter"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Dynamically add filters for the current manager session."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        if (!Ascii.equalsIgnoreCase(ctx.header("Operation"), "Add")) {
            ctx.reply(AmiResponse.error("Unknown operation"));
            return DONE;
        }
        String criteria = EventFilterParser.filterActionCriteria(ctx.header("MatchCriteria"));
        FilterParseResult result = EventFilterParser.parse(criteria, ctx.header("Filter"));
        if (result instanceof FilterParseResult.Rejected rejected) {
            ctx.reply(AmiResponse.error(rejected.error().actionMessage()));
            return DONE;
        }
        FilterParseResult.Accepted accepted = (FilterParseResult.Accepted) result;
        AmiSession session = ctx.session();
        return ctx.onCore(() -> {
            session.filters(session.filters().with(accepted.filter()));
            ctx.reply(AmiResponse.success("Success"));
        });
    }
}
