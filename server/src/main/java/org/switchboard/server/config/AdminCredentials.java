package org.switchboard.server.config;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigException;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;

/**
 * Reads the bundled admin user's secret back from manager.conf, for the start-up line, with the
 * same reader the server uses (the file may have been edited since it was written).
 */
public final class AdminCredentials {
    private static final Logger LOG = LoggerFactory.getLogger(AdminCredentials.class);

    private AdminCredentials() { }

    /** The secret of {@code [admin]} in {@code configDir/manager.conf}, if it has one. */
    public static Optional<String> secret(Path configDir) {
        try {
            ConfigFile manager = new ConfigReader(ConfigReadOptions.in(configDir)).read(Path.of("manager.conf"));
            return manager.category(BundledConfiguration.ADMIN_USER).flatMap(admin -> admin.value("secret"));
        } catch (ConfigException | RuntimeException e) {
            LOG.warn("Cannot read the admin secret from {}: {}", configDir.resolve("manager.conf"), e.getMessage());
            return Optional.empty();
        }
    }
}
