/**
 * AstDB over AMI and the CLI (main/db.c): the DBGet, DBGetTree, DBPut, DBDel and DBDelTree actions
 * and the {@code database ...} commands, on top of {@link org.switchboard.pbx.db.AstDb}. AstDB
 * changes publish no AMI events (spec 02 §4.6).
 */
package org.switchboard.manager.db;
