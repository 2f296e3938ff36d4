package org.switchboard.pbx.pjsip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;

/**
 * The phone behaviour of every endpoint, in layers: the built-in defaults, the {@code [defaults]}
 * section of switchboard-endpoints.conf, the endpoint's own section there, and changes made at run
 * time (AMI, CLI). Re-reading the file keeps the run-time changes; {@link #reset} drops them.
 * Core thread only.
 */
public final class BehaviourTable {
    /** The file read for the behaviours, in the configuration directory. */
    public static final String FILE = "switchboard-endpoints.conf";
    /** The section whose settings apply to every endpoint. */
    public static final String DEFAULTS = "defaults";

    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.pjsip");

    private Map<String, String> defaults = PhoneBehaviour.builtInDefaults();
    private Map<String, Map<String, String>> sections = new TreeMap<>();
    private final Map<String, Map<String, String>> overrides = new TreeMap<>();

    /** Takes the settings of {@code file} (null: none), replacing those of the previous file. */
    public void load(ConfigFile file) {
        Map<String, String> newDefaults = PhoneBehaviour.builtInDefaults();
        Map<String, Map<String, String>> newSections = new TreeMap<>();
        if (file != null) {
            for (Category c : file.categories()) {
                if (c.isTemplate()) {
                    continue;
                }
                Map<String, String> target = c.name().equals(DEFAULTS) ? newDefaults
                        : newSections.computeIfAbsent(c.name(), n -> new LinkedHashMap<>());
                for (Variable v : c.variables()) {
                    Optional<String> key = PhoneBehaviour.key(v.name());
                    if (key.isEmpty()) {
                        log.warn("{}: unknown setting '{}' in [{}] ignored", FILE, v.name(), c.name());
                        continue;
                    }
                    Optional<String> problem = PhoneBehaviour.problem(key.get(), v.value());
                    if (problem.isPresent()) {
                        log.warn("{}: [{}] {}={} ignored: {}", FILE, c.name(), v.name(), v.value(), problem.get());
                        continue;
                    }
                    target.put(key.get(), v.value().strip());
                }
            }
        }
        defaults = newDefaults;
        sections = newSections;
    }

    /** Every setting of {@code endpoint} as it applies now, in {@link PhoneBehaviour#KEYS} order. */
    public Map<String, String> settings(String endpoint) {
        Map<String, String> out = new LinkedHashMap<>(defaults);
        out.putAll(sections.getOrDefault(endpoint, Map.of()));
        out.putAll(overrides.getOrDefault(endpoint, Map.of()));
        return out;
    }

    public PhoneBehaviour behaviour(String endpoint) {
        return PhoneBehaviour.of(settings(endpoint));
    }

    /**
     * Changes one setting of {@code endpoint} at run time. Returns why it was refused (an unknown
     * name, an invalid value), or empty when it was taken.
     */
    public Optional<String> set(String endpoint, String name, String value) {
        Optional<String> key = PhoneBehaviour.key(name);
        if (key.isEmpty()) {
            return Optional.of("Unknown setting '" + name + "'");
        }
        Optional<String> problem = PhoneBehaviour.problem(key.get(), value);
        if (problem.isPresent()) {
            return problem;
        }
        overrides.computeIfAbsent(endpoint, n -> new LinkedHashMap<>()).put(key.get(), value.strip());
        return Optional.empty();
    }

    /** Drops the run-time changes of {@code endpoint}: the file's settings apply again. */
    public void reset(String endpoint) {
        overrides.remove(endpoint);
    }
}
