package org.switchboard.config;

import java.nio.file.Path;

/**
 * How to read: the configuration directory that relative {@code #include} paths resolve against,
 * and whether {@code #exec} is allowed (asterisk.conf {@code [options] execincludes}).
 */
public record ConfigReadOptions(Path configDir, boolean execIncludes) {
    public static ConfigReadOptions in(Path configDir) {
        return new ConfigReadOptions(configDir, false);
    }
}
