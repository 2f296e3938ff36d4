package org.switchboard.manager.channel;

import org.switchboard.manager.auth.PermissionClass;

/** The event classes channel events are published in (manager.h EVENT_FLAG_*). */
final class Classes {
    static final int CALL = PermissionClass.CALL.mask();
    static final int DIALPLAN = PermissionClass.DIALPLAN.mask();
    static final int USER = PermissionClass.USER.mask();
    static final int DTMF = PermissionClass.DTMF.mask();
    static final int CDR = PermissionClass.CDR.mask();

    private Classes() { }
}
