package org.switchboard.manager.db;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.protocol.AmiResponse;

/** DBDelTree (db.c manager_dbdeltree; capture K02): deleting nothing is an error. */
final class DbDelTreeAction implements ActionHandler {
    private final AstDb db;

    DbDelTreeAction(AstDb db) {
        this.db = db;
    }

    @Override public String name() { return "DBDelTree"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Delete DB Tree."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String family = ctx.header("Family");
        if (family.isEmpty()) {
            ctx.reply(AmiResponse.error("No family specified."));
            return DONE;
        }
        return DbReplies.whenDone(ctx, db.deleteTree(family, ctx.header("Key")), removed -> () -> {
            if (removed < 0) {
                ctx.reply(AmiResponse.error("Database unavailable"));
            } else if (removed == 0) {
                ctx.reply(AmiResponse.error("Database entry not found"));
            } else {
                ctx.reply(AmiResponse.success("Key tree deleted successfully"));
            }
        }, "Database unavailable");
    }
}
