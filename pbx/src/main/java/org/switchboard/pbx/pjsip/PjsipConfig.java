package org.switchboard.pbx.pjsip;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The endpoints and AORs of pjsip.conf, by name in name order (immutable). Auths, transports and
 * the other object types are read by name only: the simulation never authenticates.
 */
public final class PjsipConfig {
    public static final PjsipConfig EMPTY = new PjsipConfig(Map.of(), Map.of());

    private final Map<String, EndpointConfig> endpoints;
    private final Map<String, AorConfig> aors;

    public PjsipConfig(Map<String, EndpointConfig> endpoints, Map<String, AorConfig> aors) {
        this.endpoints = Collections.unmodifiableMap(new TreeMap<>(endpoints));
        this.aors = Collections.unmodifiableMap(new TreeMap<>(aors));
    }

    /** Every endpoint, sorted by name. */
    public Map<String, EndpointConfig> endpoints() {
        return endpoints;
    }

    /** Every AOR, sorted by name. */
    public Map<String, AorConfig> aors() {
        return aors;
    }

    public Optional<EndpointConfig> endpoint(String name) {
        return Optional.ofNullable(endpoints.get(name));
    }

    public Optional<AorConfig> aor(String name) {
        return Optional.ofNullable(aors.get(name));
    }
}
