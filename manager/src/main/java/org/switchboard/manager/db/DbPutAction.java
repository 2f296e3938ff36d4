package org.switchboard.manager.db;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.protocol.AmiResponse;

/**
 * DBPut (db.c manager_dbput; capture K01): the value is the {@code Val} header, empty when absent
 * (a {@code Value} header is not read). Answered once the entry is on disk.
 */
final class DbPutAction implements ActionHandler {
    private final AstDb db;

    DbPutAction(AstDb db) {
        this.db = db;
    }

    @Override public String name() { return "DBPut"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Put DB entry."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String family = ctx.header("Family");
        String key = ctx.header("Key");
        // these two texts have no full stop, unlike DBGet's and DBDel's (db.c)
        if (family.isEmpty()) {
            ctx.reply(AmiResponse.error("No family specified"));
            return DONE;
        }
        if (key.isEmpty()) {
            ctx.reply(AmiResponse.error("No key specified"));
            return DONE;
        }
        return DbReplies.whenDone(ctx, db.put(family, key, ctx.header("Val")), ok -> () -> ctx.reply(ok
                ? AmiResponse.success("Updated database successfully")
                : AmiResponse.error("Failed to update entry")), "Failed to update entry");
    }
}
