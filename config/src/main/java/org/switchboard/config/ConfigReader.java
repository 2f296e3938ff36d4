package org.switchboard.config;

import java.nio.file.Path;

/** Reads Asterisk .conf files (spec 01 §5.1). */
public final class ConfigReader {
    private final ConfigReadOptions options;

    public ConfigReader(ConfigReadOptions options) {
        this.options = options;
    }

    /**
     * Reads {@code file} (relative names resolve against the configuration directory).
     *
     * @throws ConfigException MISSING when the file is absent, INVALID when Asterisk would refuse it
     */
    public ConfigFile read(Path file) throws ConfigException {
        throw new UnsupportedOperationException("not yet written: " + options + " " + file);
    }
}
