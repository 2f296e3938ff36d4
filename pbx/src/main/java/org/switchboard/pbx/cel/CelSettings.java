package org.switchboard.pbx.cel;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.AstBool;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;
import org.switchboard.pbx.text.AsciiCase;

/**
 * cel.conf {@code [general]} (cel.c, read with the config framework): whether CEL runs, the date
 * format of the {@code eventtime} variable, the applications APP_START/APP_END track and the events
 * that are tracked.
 *
 * @param enabled    {@code enable}, default no
 * @param dateFormat {@code dateformat}, default "" (seconds.microseconds)
 * @param apps       {@code apps}, lower-cased; note that Asterisk takes {@code all} literally, so
 *                   {@code apps = all} tracks only an application named "all"
 * @param events     {@code events} as a bit mask over {@link CelEventType#bit()}; {@code ALL} sets every bit
 */
public record CelSettings(boolean enabled, String dateFormat, Set<String> apps, long events) {
    private static final Logger log = LoggerFactory.getLogger(CelSettings.class);

    /** Categories of cel.conf that belong to other modules (cel.c ignore_categories). */
    private static final Set<String> IGNORED = Set.of("manager", "radius");

    /** What CEL runs with when cel.conf cannot be processed at load: off. */
    public static final CelSettings DEFAULTS = new CelSettings(false, "", Set.of(), 0);

    public CelSettings {
        apps = Collections.unmodifiableSet(new LinkedHashSet<>(apps));
    }

    /** ast_cel_track_event. */
    public boolean tracks(CelEventType type) {
        return (events & type.bit()) != 0;
    }

    /** cel_track_app: the application's lower-cased name is listed. */
    public boolean tracksApp(String app) {
        return apps.contains(AsciiCase.lower(app));
    }

    /**
     * Reads cel.conf as aco_process_config does: an unknown category or option, an unknown event
     * name, or applications listed while no APP event is tracked make the whole file invalid
     * (empty result, the reason logged).
     */
    public static Optional<CelSettings> parse(ConfigFile file) {
        boolean enabled = false;
        String dateFormat = "";
        Set<String> apps = new LinkedHashSet<>();
        long events = 0;
        for (Category c : file.categories()) {
            if (c.isTemplate()) {
                continue;
            }
            if (IGNORED.contains(AsciiCase.lower(c.name()))) {
                continue;
            }
            if (!AsciiCase.equal(c.name(), "general")) {
                log.error("Could not find config type for category '{}' in 'cel.conf'", c.name());
                return Optional.empty();
            }
            for (Variable v : c.variables()) {
                String name = v.name();
                if (AsciiCase.equal(name, "enable")) {
                    enabled = AstBool.isTrue(v.value());
                } else if (AsciiCase.equal(name, "dateformat")) {
                    dateFormat = v.value();
                } else if (AsciiCase.equal(name, "apps")) {
                    for (String app : v.value().split(",", -1)) {
                        String a = strip(app);
                        if (!a.isEmpty()) {
                            apps.add(AsciiCase.lower(a));
                        }
                    }
                } else if (AsciiCase.equal(name, "events")) {
                    Long parsed = parseEvents(v.value(), events);
                    if (parsed == null) {
                        log.error("Error parsing {}={} at line {} of cel.conf", name, v.value(), v.location().line());
                        return Optional.empty();
                    }
                    events = parsed;
                } else {
                    log.error("Could not find option suitable for category 'general' named '{}' at line {} of cel.conf",
                            name, v.location().line());
                    return Optional.empty();
                }
            }
        }
        if (!apps.isEmpty() && (events & (CelEventType.APP_START.bit() | CelEventType.APP_END.bit())) == 0) {
            log.error("Applications are listed to be tracked, but APP events are not tracked");
            return Optional.empty();
        }
        return Optional.of(new CelSettings(enabled, dateFormat, apps, events));
    }

    /** events_handler: names are added to the mask; ALL sets every bit. Null for an unknown name. */
    private static Long parseEvents(String value, long mask) {
        for (String part : value.split(",", -1)) {
            String name = strip(part);
            if (name.isEmpty()) {
                continue;
            }
            Optional<CelEventType> type = CelEventType.byName(name);
            if (type.isEmpty()) {
                log.error("Unknown event name '{}'", name);
                return null;
            }
            mask = type.get() == CelEventType.ALL ? -1L : mask | type.get().bit();
        }
        return mask;
    }

    /** ast_strip: bytes below 33 are blanks. */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) < 33) {
            from++;
        }
        while (to > from && s.charAt(to - 1) < 33) {
            to--;
        }
        return s.substring(from, to);
    }
}
