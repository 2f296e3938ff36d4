package org.switchboard.pbx.presence;

/** A presence state provider (presencestate.c ast_presence_state_prov_add) for {@code Label:address}. */
@FunctionalInterface
public interface PresenceProvider {
    /** The presence of {@code address}; subtype and message null when there are none. */
    Presence state(String address);
}
