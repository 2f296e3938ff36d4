package org.switchboard.manager.db;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.action.ActionIdLine;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.db.AstDbEntry;
import org.switchboard.protocol.AmiResponse;

/**
 * DBGetTree (db.c manager_db_tree_get; capture K02): every entry under {@code /Family[/Key]}, or
 * the whole database without a Family, as a list sorted by key. Never an error for no match.
 */
final class DbGetTreeAction implements ActionHandler {
    private final AstDb db;

    DbGetTreeAction(AstDb db) {
        this.db = db;
    }

    @Override public String name() { return "DBGetTree"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Get DB entries, optionally at a particular family/key"; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return DbReplies.whenDone(ctx, db.tree(ctx.header("Family"), ctx.header("Key")), entries -> () -> {
            ctx.reply(AmiResponse.listAck("Result will follow"));
            String idLine = ActionIdLine.truncated(ctx.actionId(), 256);
            StringBuilder items = new StringBuilder();
            for (AstDbEntry e : entries) {
                items.append("Event: DBGetTreeResponse\r\nKey: ").append(e.key()).append("\r\nVal: ").append(e.value())
                        .append("\r\n").append(idLine).append("\r\n");
            }
            if (items.length() > 0) {
                ctx.send(items.toString());
            }
            ctx.send(DbReplies.listComplete("DBGetTreeComplete", ctx.actionId(), entries.size()));
        }, "Unable to search database");
    }
}
