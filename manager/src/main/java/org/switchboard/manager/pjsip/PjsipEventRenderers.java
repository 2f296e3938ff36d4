package org.switchboard.manager.pjsip;

import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.pbx.event.ContactStatusChanged;
import org.switchboard.pbx.event.PeerStatusChanged;

/** The AMI events of endpoint reachability (main/stasis_endpoints.c). */
public final class PjsipEventRenderers {
    private PjsipEventRenderers() { }

    public static void registerAll(PbxEventTranslator t) {
        int system = PermissionClass.SYSTEM.mask();
        // stasis_endpoints.c peerstatus_to_ami
        t.register(PeerStatusChanged.class, (e, out) -> out.publish("PeerStatus", system,
                "ChannelType: " + e.tech() + "\r\nPeer: " + e.tech() + "/" + e.resource() + "\r\nPeerStatus: "
                        + e.status() + "\r\n"));
        // stasis_endpoints.c contactstatus_to_ami
        t.register(ContactStatusChanged.class, (e, out) -> out.publish("ContactStatus", system,
                "URI: " + e.uri() + "\r\nContactStatus: " + e.status() + "\r\nAOR: " + e.aor()
                        + "\r\nEndpointName: " + e.endpoint() + "\r\nRoundtripUsec: " + e.roundtripUsec() + "\r\n"));
    }
}
