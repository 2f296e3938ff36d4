package org.switchboard.pbx.event;

/**
 * An endpoint became reachable or unreachable (res_pjsip ast_sip_persistent_endpoint_update_state):
 * {@code status} is {@code Reachable} or {@code Unreachable}, {@code resource} the endpoint name.
 */
public record PeerStatusChanged(String tech, String resource, String status) implements PbxEvent {
}
