package org.switchboard.pbx.event;

/**
 * A contact's status as an endpoint using its AOR sees it (res_pjsip
 * ast_sip_persistent_endpoint_publish_contact_state): {@code status} is {@code NonQualified},
 * {@code Reachable}, {@code Unreachable}, {@code Unknown} or {@code Removed}; {@code roundtripUsec}
 * the last qualify round trip.
 */
public record ContactStatusChanged(String uri, String status, String aor, String endpoint, long roundtripUsec)
        implements PbxEvent {
}
