package org.switchboard.server;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigException;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;
import org.switchboard.server.control.ControlServer;

/**
 * Where things live for a given command line, worked out the same way by the server and by the
 * clients ({@code -x}, {@code -r}) so that both find the same control socket.
 *
 * <ul>
 *   <li>data directory: {@code --data-dir}, else {@code ./var};
 *   <li>configuration: {@code --config-dir}, else the bundled files in {@code <data-dir>/etc};
 *   <li>run directory (control socket): {@code <data-dir>/run} when the data directory applies
 *       (no {@code --config-dir}, or {@code --data-dir} given); otherwise {@code astrundir} from
 *       {@code <config-dir>/asterisk.conf [directories]}, Asterisk's {@code /var/run/asterisk}
 *       when it is not set.
 * </ul>
 */
public final class Locations {
    public static final Path DEFAULT_DATA_DIR = Path.of("var");
    /** Asterisk's default astrundir (asterisk.c, DEFAULT_RUN_DIR as usually configured). */
    static final Path ASTERISK_RUN_DIR = Path.of("/var/run/asterisk");

    private static final Logger LOG = LoggerFactory.getLogger(Locations.class);

    private final CommandLineOptions options;

    public Locations(CommandLineOptions options) {
        this.options = options;
    }

    public boolean bundledConfiguration() {
        return options.configDir().isEmpty();
    }

    /** Whether the server is started with a data directory (which then overrides asterisk.conf). */
    public boolean dataDirApplies() {
        return bundledConfiguration() || options.dataDir().isPresent();
    }

    public Path dataDir() {
        return options.dataDir().orElse(DEFAULT_DATA_DIR).toAbsolutePath().normalize();
    }

    public Path configDir() {
        return options.configDir().map(dir -> dir.toAbsolutePath().normalize())
                .orElseGet(() -> dataDir().resolve("etc"));
    }

    /** The control socket clients connect to. */
    public Path controlSocket() {
        return runDir().resolve(ControlServer.SOCKET_NAME);
    }

    Path runDir() {
        if (dataDirApplies()) {
            return dataDir().resolve("run");
        }
        return configuredRunDir().orElse(ASTERISK_RUN_DIR);
    }

    private Optional<Path> configuredRunDir() {
        try {
            ConfigFile asterisk = new ConfigReader(ConfigReadOptions.in(configDir())).read(Path.of("asterisk.conf"));
            return asterisk.category("directories").flatMap(dirs -> dirs.value("astrundir"))
                    .map(String::trim).filter(value -> !value.isEmpty()).map(Path::of);
        } catch (ConfigException e) {
            if (e.kind() != ConfigException.Kind.MISSING) {
                LOG.warn("Cannot read {}: {}", configDir().resolve("asterisk.conf"), e.getMessage());
            }
            return Optional.empty();
        }
    }
}
