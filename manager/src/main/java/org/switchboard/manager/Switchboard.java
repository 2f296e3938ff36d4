package org.switchboard.manager;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

import org.switchboard.manager.cli.CliRegistry;
import org.switchboard.pbx.time.Clock;

/**
 * An embedded Switchboard: the PBX core and the AMI listeners, started from an Asterisk
 * configuration directory. This is what the {@code switchboard} command runs and what tests and
 * applications embed.
 */
public final class Switchboard implements AutoCloseable {

    /** Where the server keeps its data, from asterisk.conf [directories] or --data-dir. */
    public record Directories(Path dbDir, Path spoolDir, Path logDir, Path runDir) { }

    private Switchboard() { }

    public static Builder builder() {
        return new Builder();
    }

    /** The configuration directory the server was started from. */
    public Path configDir() { throw new UnsupportedOperationException("not yet written"); }

    public Directories directories() { throw new UnsupportedOperationException("not yet written"); }

    /** The CLI registry (Command action, -rx, console). */
    public CliRegistry cli() { throw new UnsupportedOperationException("not yet written"); }

    /** The bound plain AMI address, if the listener is enabled. */
    public Optional<InetSocketAddress> amiAddress() { throw new UnsupportedOperationException("not yet written"); }

    /** The bound TLS AMI address, if the TLS listener is enabled. */
    public Optional<InetSocketAddress> tlsAddress() { throw new UnsupportedOperationException("not yet written"); }

    public Clock clock() { throw new UnsupportedOperationException("not yet written"); }

    /** Stops listeners and the core; sessions are closed. */
    @Override
    public void close() { throw new UnsupportedOperationException("not yet written"); }

    /** Builds and starts a server. */
    public static final class Builder {
        private Path configDir;
        private Path dataDir;
        private Clock clock;
        private Integer portOverride;

        /** The Asterisk configuration directory (manager.conf, asterisk.conf, ...). Required. */
        public Builder configDir(Path dir) { this.configDir = dir; return this; }

        /** Overrides astdbdir, astspooldir, astlogdir and astrundir (the --data-dir option). */
        public Builder dataDir(Path dir) { this.dataDir = dir; return this; }

        /** The clock; the system clock when not set. */
        public Builder clock(Clock c) { this.clock = c; return this; }

        /** Binds the plain AMI listener to this port instead of manager.conf's (0 = ephemeral). */
        public Builder amiPort(int port) { this.portOverride = port; return this; }

        /** Reads the configuration and starts the core and the listeners. */
        public Switchboard start() throws Exception {
            throw new UnsupportedOperationException("not yet written: " + configDir + dataDir + clock + portOverride);
        }
    }
}
