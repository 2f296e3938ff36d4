package org.switchboard.manager.db;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.protocol.AmiResponse;

/** DBDel (db.c manager_dbdel; capture K02): a missing entry is an error. */
final class DbDelAction implements ActionHandler {
    private final AstDb db;

    DbDelAction(AstDb db) {
        this.db = db;
    }

    @Override public String name() { return "DBDel"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Delete DB entry."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String family = ctx.header("Family");
        String key = ctx.header("Key");
        if (family.isEmpty()) {
            ctx.reply(AmiResponse.error("No family specified."));
            return DONE;
        }
        if (key.isEmpty()) {
            ctx.reply(AmiResponse.error("No key specified."));
            return DONE;
        }
        return DbReplies.whenDone(ctx, db.deleteExisting(family, key), ok -> () -> ctx.reply(ok
                ? AmiResponse.success("Key deleted successfully")
                : AmiResponse.error("Database entry could not be deleted")), "Database entry could not be deleted");
    }
}
