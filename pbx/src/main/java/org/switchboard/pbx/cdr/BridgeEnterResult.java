package org.switchboard.pbx.cdr;

/** What a CDR made of entering a bridge (cdr.c enum process_bridge_enter_results). */
enum BridgeEnterResult {
    /** It was alone in the bridge. */
    ONLY_PARTY,
    /** It found a Party B among the members. */
    OBTAINED_PARTY_B,
    /** It found none. */
    NO_PARTY_B,
    /** It cannot take the bridge: a new CDR is needed. */
    NEED_CDR
}
