package org.switchboard.manager.channel.action;

import java.util.List;
import java.util.Locale;

import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.dialplan.args.AppArgs;

/**
 * Which applications and data an Originate may run without further rights (manager.c
 * originate_app_permissions): applications whose name contains agi, exec, system, ... and data
 * that calls SHELL, EVAL, DB, ... need the system class; Queue with its AGI argument needs agi or
 * system. The first rule that matches decides.
 */
final class OriginatePermissions {
    private record Rule(String search, int permission, Kind kind) { }

    private enum Kind { APP, APPDATA, QUEUE }

    private static final int SYSTEM = PermissionClass.SYSTEM.mask();
    private static final List<Rule> RULES = List.of(
            new Rule("agi", SYSTEM, Kind.APP),
            new Rule("dbdeltree", SYSTEM, Kind.APP),
            new Rule("exec", SYSTEM, Kind.APP),
            new Rule("externalivr", SYSTEM, Kind.APP),
            new Rule("mixmonitor", SYSTEM, Kind.APP),
            new Rule("originate", SYSTEM, Kind.APP),
            new Rule("reload", SYSTEM, Kind.APP),
            new Rule("system", SYSTEM, Kind.APP),
            new Rule("queue", PermissionClass.AGI.mask() | SYSTEM, Kind.QUEUE),
            new Rule("CURL", SYSTEM, Kind.APPDATA),
            new Rule("DB", SYSTEM, Kind.APPDATA),
            new Rule("EVAL", SYSTEM, Kind.APPDATA),
            new Rule("FILE", SYSTEM, Kind.APPDATA),
            new Rule("ODBC", SYSTEM, Kind.APPDATA),
            new Rule("REALTIME", SYSTEM, Kind.APPDATA),
            new Rule("SHELL", SYSTEM, Kind.APPDATA));

    private OriginatePermissions() { }

    static boolean permitted(String app, String data, int writePermission) {
        for (Rule r : RULES) {
            if (matches(r, app, data)) {
                return (writePermission & r.permission()) != 0;
            }
        }
        return true;
    }

    private static boolean matches(Rule r, String app, String data) {
        String lowerApp = app.toLowerCase(Locale.ROOT);
        switch (r.kind()) {
            case APP:
                return lowerApp.contains(r.search());
            case APPDATA:
                return data != null && !data.isEmpty() && data.contains(r.search());
            default:
                if (!lowerApp.contains("queue") || data == null || data.isEmpty()) {
                    return false;
                }
                // queuename,options,url,announceoverride,queuetimeoutstr,AGI,...
                return !AppArgs.standard(data, 9).getOrEmpty(5).isEmpty();
        }
    }
}
