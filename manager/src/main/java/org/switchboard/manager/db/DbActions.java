package org.switchboard.manager.db;

import java.util.List;

import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.db.AstDb;

/** The AstDB actions of db.c (spec 02 §4.6): DBGet, DBGetTree, DBPut, DBDel, DBDelTree. */
public final class DbActions implements ActionFamily {
    private final AstDb db;

    public DbActions(AstDb db) {
        this.db = db;
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(
                new DbGetAction(db),
                new DbGetTreeAction(db),
                new DbPutAction(db),
                new DbDelAction(db),
                new DbDelTreeAction(db));
    }
}
