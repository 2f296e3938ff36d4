package org.switchboard.pbx.dialplan;

import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;

/**
 * The dialplan side of the AMI actions DialplanExtensionAdd and DialplanExtensionRemove
 * (pbx_config.c {@code manager_dialplan_extension_add}, {@code manager_dialplan_extension_remove}):
 * reading their Priority header, splitting {@code exten/callerid}, and the calls into
 * {@link Dialplan} with Asterisk's arguments. Replies and permission checks stay with the
 * manager.
 */
public final class ExtensionEdits {
    private ExtensionEdits() { }

    /**
     * DialplanExtensionAdd's Priority: {@code hint}, or a number of at least 0 ({@code sscanf %d});
     * null means "The priority specified was invalid.".
     */
    public static Integer addPriority(String header) {
        if ("hint".equals(header)) {
            return Priority.HINT;
        }
        Integer n = CScan.scanInt(header);
        return n == null || n < 0 ? null : n;
    }

    /**
     * DialplanExtensionRemove's Priority: absent or empty (0, the whole extension), {@code hint},
     * or a number above 0; null means "The priority specified was invalid.".
     */
    public static Integer removePriority(String header) {
        if (CStrings.isEmpty(header)) {
            return 0;
        }
        if ("hint".equals(header)) {
            return Priority.HINT;
        }
        Integer n = CScan.scanInt(header);
        return n == null || n <= 0 ? null : n;
    }

    /**
     * DialplanExtensionAdd: {@code extension} may carry {@code /callerid} (an empty caller id after
     * the slash matches only calls without one). The context is created when missing.
     */
    public static Dialplan.Edit add(Dialplan dialplan, String context, String extension, int priority,
                                    String application, String applicationData, boolean replace, HintExpander hints) {
        int slash = extension.indexOf('/');
        String exten = slash < 0 ? extension : extension.substring(0, slash);
        String cid = slash < 0 ? null : extension.substring(slash + 1);
        return dialplan.addExtension(context, replace, exten, priority, null, cid, application,
                applicationData == null ? "" : applicationData, Dialplan.PBX_CONFIG, hints);
    }

    /** DialplanExtensionRemove: {@code priority} 0 removes the whole extension. */
    public static Dialplan.Edit remove(Dialplan dialplan, String context, String extension, int priority) {
        int slash = extension.indexOf('/');
        String exten = slash < 0 ? extension : extension.substring(0, slash);
        String cid = slash < 0 ? null : extension.substring(slash + 1);
        boolean withCid = !CStrings.isEmpty(cid);
        // "Do not substitute S_OR; it is not the same thing": "" with a priority, NULL without
        String callerId = withCid ? cid : (priority != 0 ? "" : null);
        return dialplan.removeExtension(context, exten, priority, callerId, withCid, Dialplan.PBX_CONFIG);
    }
}
