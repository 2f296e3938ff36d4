package org.switchboard.manager.channel.action;

import org.switchboard.manager.auth.PermissionClass;

/**
 * What manager.c function_capable_string_allowed_with_auths forbids: a name or expression that
 * mentions SHELL or EVAL needs the system write class.
 */
final class ManagerFunctions {
    private ManagerFunctions() { }

    static boolean allowed(String evaluating, int writePermission) {
        if ((writePermission & PermissionClass.SYSTEM.mask()) != 0) {
            return true;
        }
        return !evaluating.contains("SHELL") && !evaluating.contains("EVAL");
    }
}
