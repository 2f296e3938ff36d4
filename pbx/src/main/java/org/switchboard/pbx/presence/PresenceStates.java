package org.switchboard.pbx.presence;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.core.HashOrder;
import org.switchboard.pbx.event.PresenceStateChanged;

/**
 * The presence state core (main/presencestate.c). Every change is published (a
 * PresenceStateChange, even when nothing changed) and cached by provider name (case-sensitive);
 * a change to NOT_SET asks the providers for the state instead of taking the caller's word. The
 * listeners (the hints) hear of each publication after its event.
 *
 * <p>A provider string may name several providers joined by {@code &}; the strongest presence
 * wins (INVALID &lt; NOT_SET &lt; AVAILABLE &lt; UNAVAILABLE &lt; CHAT &lt; AWAY &lt; XA &lt; DND).
 * {@code Label:address} goes to the provider registered for the label; channel technologies
 * ({@code Tech/resource}) have no presence here and answer INVALID. Core thread only.
 */
public final class PresenceStates {
    /** The stasis message type whose cache PresenceStateList walks (its name orders the listing). */
    static final String MESSAGE_TYPE = "ast_presence_state_message_type";

    private static final Logger log = LoggerFactory.getLogger(PresenceStates.class);

    private final Pbx pbx;
    private final Map<String, Presence> cache = new HashMap<>();
    private final HashOrder<String> cacheOrder = new HashOrder<>();
    private final Map<String, PresenceProvider> providers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<PresenceListener> listeners = new ArrayList<>();
    private final CustomPresenceStates custom;

    public PresenceStates(Pbx pbx) {
        this.pbx = pbx;
        this.custom = new CustomPresenceStates(this);
        addProvider(CustomPresenceStates.LABEL, custom);
    }

    /** The {@code CustomPresence:} provider (func_presencestate.c). */
    public CustomPresenceStates custom() {
        return custom;
    }

    /** ast_presence_state_prov_add. */
    public void addProvider(String label, PresenceProvider provider) {
        providers.put(label, provider);
    }

    public void addListener(PresenceListener listener) {
        listeners.add(listener);
    }

    /**
     * ast_presence_state_changed_literal: publishes {@code provider}'s new presence; for NOT_SET
     * the providers are asked (nothing is published when they answer INVALID).
     */
    public void changed(PresenceState state, String subtype, String message, String provider) {
        if (state == PresenceState.NOT_SET) {
            Presence asked = stateNoCache(provider);
            if (asked.state() != PresenceState.INVALID) {
                publish(provider, asked);
            }
            return;
        }
        publish(provider, new Presence(state, subtype, message));
    }

    /** presence_state_event: a PresenceStateChange, the cache, then the listeners. */
    private void publish(String provider, Presence presence) {
        Presence published = presence.nullAsEmpty();
        cache.put(provider, published);
        cacheOrder.add(provider, HashOrder.stasisCacheBucket(MESSAGE_TYPE, provider));
        pbx.publish(new PresenceStateChanged(provider, published.state(), published.subtype(), published.message()));
        for (PresenceListener l : listeners) {
            l.presenceStateChanged(provider, published);
        }
    }

    /** ast_presence_state: each provider's cached presence, or the provider's answer when uncached. */
    public Presence state(String provider) {
        return combine(provider, true);
    }

    /** ast_presence_state_nocache: the providers' answers only. */
    public Presence stateNoCache(String provider) {
        return combine(provider, false);
    }

    /** The cached presences, in the order PresenceStateList lists them (subtype, message never null). */
    public List<Map.Entry<String, Presence>> cached() {
        List<Map.Entry<String, Presence>> out = new ArrayList<>(cacheOrder.size());
        for (String provider : cacheOrder.items()) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(provider, cache.get(provider)));
        }
        return out;
    }

    /** ast_presence_state_helper. */
    private Presence combine(String labels, boolean checkCache) {
        Presence best = Presence.INVALID;
        for (String label : labels.split("&", -1)) {
            Presence next = Presence.INVALID;
            if (checkCache) {
                Presence cached = cache.get(label);
                if (cached != null) {
                    next = cached.emptyAsNull();
                }
            }
            if (next.state() == PresenceState.INVALID) {
                next = ask(label);
            }
            if (next.state().rank() > best.state().rank()) {
                best = next;
            }
        }
        return best;
    }

    private Presence ask(String label) {
        if (label.indexOf('/') >= 0) {
            return Presence.INVALID;   // no channel technology here has a presencestate callback
        }
        int colon = label.indexOf(':');
        if (colon < 0) {
            log.warn("No label found for presence state provider: {}", label);
            return Presence.INVALID;
        }
        PresenceProvider provider = providers.get(label.substring(0, colon));
        if (provider == null) {
            log.warn("No provider found for label: {}", label.substring(0, colon));
            return Presence.INVALID;
        }
        return provider.state(label.substring(colon + 1));
    }
}
