package org.switchboard.manager.state;

import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.PbxEventRenderer;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.pbx.event.ExtensionStatusChanged;
import org.switchboard.pbx.event.HintPresenceChanged;
import org.switchboard.pbx.event.PresenceStateChanged;
import org.switchboard.pbx.hint.ExtensionStates;
import org.switchboard.pbx.presence.Presence;
import org.switchboard.protocol.CEscape;

/**
 * The state events of spec 02 §2.6 besides DeviceStateChange (rendered with the channel events):
 * PresenceStateChange (presencestate.c presence_state_to_ami), ExtensionStatus and PresenceStatus
 * (manager.c manager_state_cb). All are class call.
 */
public final class StateEvents {
    private static final int CALL = PermissionClass.CALL.mask();

    static final PbxEventRenderer<PresenceStateChanged> PRESENCE_STATE = (e, out) ->
            out.publish("PresenceStateChange", CALL,
                    presenceBody(e.provider(), new Presence(e.state(), e.subtype(), e.message())),
                    "manager.c", "manager_default_msg_cb");

    static final PbxEventRenderer<ExtensionStatusChanged> EXTENSION_STATUS = (e, out) ->
            out.publish("ExtensionStatus", CALL,
                    "Exten: " + e.exten() + "\r\nContext: " + e.context() + "\r\nHint: " + e.hint()
                            + "\r\nStatus: " + e.status() + "\r\nStatusText: " + ExtensionStates.text(e.status())
                            + "\r\n",
                    "manager.c", "manager_state_cb");

    static final PbxEventRenderer<HintPresenceChanged> PRESENCE_STATUS = (e, out) ->
            out.publish("PresenceStatus", CALL,
                    "Exten: " + e.exten() + "\r\nContext: " + e.context() + "\r\nHint: " + e.hint()
                            + "\r\nStatus: " + e.state().text() + "\r\nSubtype: " + e.subtype()
                            + "\r\nMessage: " + e.message() + "\r\n",
                    "manager.c", "manager_state_cb");

    private StateEvents() { }

    public static void registerAll(PbxEventTranslator t) {
        t.register(PresenceStateChanged.class, PRESENCE_STATE)
                .register(ExtensionStatusChanged.class, EXTENSION_STATUS)
                .register(HintPresenceChanged.class, PRESENCE_STATUS);
    }

    /** PresenceStateChange's fields (also PresenceStateList's items): subtype and message C-escaped. */
    static String presenceBody(String provider, Presence p) {
        return "Presentity: " + provider + "\r\nStatus: " + p.state().text() + "\r\nSubtype: "
                + CEscape.escape(p.subtypeText()) + "\r\nMessage: " + CEscape.escape(p.messageText()) + "\r\n";
    }
}
