package org.switchboard.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.cli.CliService;

/**
 * What the foreground server needs from a started Switchboard. An interface so that the server
 * mode (configuration, control socket, start-up line, stopping) can be tested without one.
 */
public interface RunningServer extends AutoCloseable {
    CliService cli();

    /** Where the control socket goes (Switchboard's astrundir). */
    Path runDir();

    /** The plain AMI listener's address, if enabled. */
    Optional<InetSocketAddress> amiAddress();

    /** The AMI-over-TLS listener's address, if it runs. */
    default Optional<InetSocketAddress> tlsAddress() {
        return Optional.empty();
    }

    /** Completes when the server was asked to stop from inside ({@code core stop gracefully}). */
    default CompletionStage<Void> stopRequested() {
        return new CompletableFuture<>();
    }

    /** Stops the server; called once. */
    @Override
    void close();

    /** Starts a server from a configuration directory and an optional data directory. */
    @FunctionalInterface
    interface Starter {
        /**
         * @param configDir the Asterisk configuration directory
         * @param dataDir   overrides asterisk.conf's data directories when present
         */
        RunningServer start(Path configDir, Optional<Path> dataDir) throws Exception;
    }
}
