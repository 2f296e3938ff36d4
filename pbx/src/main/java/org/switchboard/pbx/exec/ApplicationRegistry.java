package org.switchboard.pbx.exec;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Applications by name, compared without case (pbx_findapp). */
public final class ApplicationRegistry {
    private final Map<String, Application> apps = new TreeMap<>();

    public ApplicationRegistry register(Application app) {
        apps.put(app.name().toLowerCase(Locale.ROOT), app);
        return this;
    }

    public Optional<Application> find(String name) {
        return Optional.ofNullable(apps.get(name.toLowerCase(Locale.ROOT)));
    }

    public Collection<Application> all() {
        return Collections.unmodifiableCollection(apps.values());
    }
}
