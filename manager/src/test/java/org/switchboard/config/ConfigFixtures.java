package org.switchboard.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds in-memory {@link ConfigFile}s for manager tests through the model's package-private
 * mutators, so that code mapping a config model can be tested without the file reader.
 */
public final class ConfigFixtures {
    private final ConfigFile file;
    private Category current;
    private int line;

    private ConfigFixtures(Path path) {
        this.file = new ConfigFile(path);
    }

    public static ConfigFixtures file(String name) {
        return new ConfigFixtures(Path.of(name));
    }

    /** Starts a category; each category and variable takes the next line number. */
    public ConfigFixtures category(String name) {
        return category(name, false);
    }

    public ConfigFixtures template(String name) {
        return category(name, true);
    }

    private ConfigFixtures category(String name, boolean template) {
        current = new Category(name, template, List.of(), new Location(file.path(), ++line), List.of(), null);
        file.add(current);
        return this;
    }

    public ConfigFixtures variable(String name, String value) {
        current.add(new Variable(name, value, new Location(file.path(), ++line)));
        return this;
    }

    /** A variable that came from another file, as one pulled in by #include. */
    public ConfigFixtures variableFrom(String includedFile, int includedLine, String name, String value) {
        current.add(new Variable(name, value, new Location(Path.of(includedFile), includedLine)));
        return this;
    }

    public ConfigFile build() {
        return file;
    }
}
