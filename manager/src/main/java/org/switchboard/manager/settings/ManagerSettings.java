package org.switchboard.manager.settings;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.switchboard.protocol.Ascii;

/** A complete, immutable reading of manager.conf; reload builds a new one and swaps it in. */
public final class ManagerSettings {
    private final GeneralSettings general;
    private final Map<String, ManagerUser> users;

    public ManagerSettings(GeneralSettings general, Map<String, ManagerUser> usersByName) {
        this.general = general;
        Map<String, ManagerUser> copy = new LinkedHashMap<>();
        usersByName.values().forEach(u -> copy.put(Ascii.toLowerCase(u.name()), u));
        this.users = Collections.unmodifiableMap(copy);
    }

    public static ManagerSettings empty() {
        return new ManagerSettings(GeneralSettings.defaults(), Map.of());
    }

    public GeneralSettings general() {
        return general;
    }

    /** Users are looked up ignoring case (spec 01 §5.3). */
    public Optional<ManagerUser> user(String name) {
        return Optional.ofNullable(users.get(Ascii.toLowerCase(name)));
    }

    /** Users in file order. */
    public Collection<ManagerUser> users() {
        return users.values();
    }
}
