package org.switchboard.server;

import java.nio.file.Path;

import org.switchboard.manager.Switchboard;
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
 *       {@code <config-dir>/asterisk.conf [directories]}, {@code ./var/run} when it is not set
 *       (the server's own rule: {@code Switchboard.resolveDirectories}).
 * </ul>
 */
public final class Locations {
    public static final Path DEFAULT_DATA_DIR = Path.of("var");
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

    /** The same resolution the server itself uses (Switchboard.resolveDirectories). */
    Path runDir() {
        Path data = dataDirApplies() ? dataDir() : null;
        return Switchboard.resolveDirectories(configDir(), data).runDir();
    }
}
