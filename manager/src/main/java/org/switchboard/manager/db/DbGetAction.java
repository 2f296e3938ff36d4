package org.switchboard.manager.db;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.action.ActionIdLine;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.protocol.AmiResponse;

/** DBGet (db.c manager_dbget; capture K01): one entry as a one-item list. */
final class DbGetAction implements ActionHandler {
    private final AstDb db;

    DbGetAction(AstDb db) {
        this.db = db;
    }

    @Override public String name() { return "DBGet"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Get DB Entry."; }

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
        return DbReplies.whenDone(ctx, db.get(family, key), value -> () -> {
            if (value.isEmpty()) {
                ctx.reply(AmiResponse.error("Database entry not found"));
                return;
            }
            ctx.reply(AmiResponse.listAck("Result will follow"));
            // the item's ActionID line comes from a 256-byte snprintf buffer (db.c idText)
            ctx.send("Event: DBGetResponse\r\nFamily: " + family + "\r\nKey: " + key + "\r\nVal: " + value.get()
                    + "\r\n" + ActionIdLine.truncated(ctx.actionId(), 256) + "\r\n");
            ctx.send(DbReplies.listComplete("DBGetComplete", ctx.actionId(), 1));
        }, "Database entry not found");
    }
}
