package org.switchboard.server;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.cli.BuildInfo;
import org.switchboard.server.config.AdminCredentials;
import org.switchboard.server.config.BundledConfiguration;
import org.switchboard.server.control.ControlServer;
import org.switchboard.server.control.ServerHello;
import org.switchboard.server.logging.ConsoleLogForwarder;

/**
 * {@code switchboard} without {@code -r}/{@code -x}: prepares the configuration, starts the
 * server and its control socket, prints where AMI listens, and stops everything in reverse order
 * when asked to.
 */
final class ServerMode {
    private static final Logger LOG = LoggerFactory.getLogger(ServerMode.class);

    private final RunningServer.Starter starter;
    private final Termination termination;
    private final PrintStream out;

    ServerMode(RunningServer.Starter starter, Termination termination, PrintStream out) {
        this.starter = starter;
        this.termination = termination;
        this.out = out;
    }

    int run(CommandLineOptions options) throws Exception {
        Locations locations = new Locations(options);
        Path configDir = locations.configDir();
        Optional<String> secret = Optional.empty();
        if (locations.bundledConfiguration()) {
            BundledConfiguration.Result bundled = BundledConfiguration.materialise(configDir);
            if (!bundled.written().isEmpty()) {
                LOG.info("Wrote the default configuration to {}", configDir);
            }
            secret = bundled.generatedSecret().or(() -> AdminCredentials.secret(configDir));
        }
        Optional<Path> dataDir = locations.dataDirApplies() ? Optional.of(locations.dataDir()) : Optional.empty();
        RunningServer server = starter.start(configDir, dataDir);
        Stopper stopper = new Stopper(server);
        termination.atExit(stopper::stop);
        try {
            Path socket = server.runDir().resolve(ControlServer.SOCKET_NAME).toAbsolutePath();
            warnIfClientsLookElsewhere(locations, socket);
            stopper.control = ControlServer.start(socket, server.cli(), hello());
            stopper.forwarder = ConsoleLogForwarder.attach(stopper.control::publishLog).orElse(null);
            out.println(readyLine(server.amiAddress(), server.tlsAddress(), locations.bundledConfiguration(), secret, configDir));
            out.flush();
            // core stop now|gracefully|when convenient (console, -rx, Command action) stop as SIGTERM does
            server.stopRequested().thenRun(termination::requestStop);
            termination.await();
        } finally {
            stopper.stop();
        }
        return 0;
    }

    static String readyLine(Optional<InetSocketAddress> ami, Optional<InetSocketAddress> tls, boolean bundled,
            Optional<String> secret, Path configDir) {
        if (ami.isEmpty()) {
            // manager.conf enabled = no still runs the TLS listener when tlsbindaddr is written
            return "AMI is disabled (manager.conf [general] enabled = no)"
                    + tls.map(a -> "; AMI over TLS ready on " + NumericAddress.hostPort(a)).orElse("");
        }
        String where = "AMI ready on " + NumericAddress.hostPort(ami.get());
        if (!bundled) {
            return where;
        }
        String user = BundledConfiguration.ADMIN_USER;
        return secret.map(s -> where + " - user '" + user + "', secret '" + s + "'")
                .orElseGet(() -> where + " - user '" + user + "', secret in " + configDir.resolve("manager.conf"));
    }

    private static ServerHello hello() {
        return new ServerHello(BuildInfo.current().hostName(), ProcessHandle.current().pid(), ServerVersion.describe());
    }

    // The clients only have the command line to go by; say so loudly if they would miss the socket.
    private static void warnIfClientsLookElsewhere(Locations locations, Path socket) {
        try {
            Path expected = locations.controlSocket().toAbsolutePath();
            if (!expected.equals(socket)) {
                LOG.warn("Control socket is {} but switchboard -r/-x with the same options will look for {}", socket, expected);
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot tell where clients will look for the control socket: {}", e.toString());
        }
    }

    /** Stops the control socket, then the server; safe to call from the shutdown hook as well. */
    private static final class Stopper {
        private final RunningServer server;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private volatile ControlServer control;
        private volatile ConsoleLogForwarder forwarder;

        Stopper(RunningServer server) {
            this.server = server;
        }

        void stop() {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
            // logged while consoles are still attached, so they see why they lose the server
            LOG.info("Switchboard stopping");
            if (forwarder != null) {
                forwarder.detach();
            }
            if (control != null) {
                control.close();
            }
            server.close();
            LOG.info("Switchboard stopped");
        }
    }
}
