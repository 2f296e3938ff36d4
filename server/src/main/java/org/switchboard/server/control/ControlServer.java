package org.switchboard.server.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.cli.CliService;

/**
 * The server end of the control socket: a Unix domain socket through which {@code switchboard -rx}
 * and {@code switchboard -r} run CLI commands, complete lines and follow the log (protocol in the
 * module README). A stale socket file left by a crashed server is replaced; a live one (another
 * server answers) makes {@link #start} fail. {@link #close()} removes the file.
 */
public final class ControlServer implements AutoCloseable {
    /** The socket's file name inside the run directory. */
    public static final String SOCKET_NAME = "switchboard.ctl";

    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);
    /** How long closing waits for a connection to send its last answer. */
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(2);

    private final Path socketPath;
    private final ServerSocketChannel listener;
    private final CliService cli;
    private final ServerHello hello;
    private final Set<ControlConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    private ControlServer(Path socketPath, ServerSocketChannel listener, CliService cli, ServerHello hello) {
        this.socketPath = socketPath;
        this.listener = listener;
        this.cli = cli;
        this.hello = hello;
        this.acceptor = new Thread(this::acceptLoop, "control-accept");
        this.acceptor.setDaemon(true);
    }

    /**
     * Binds the socket at {@code socketPath} (creating its directory, owner-only permissions) and
     * starts accepting.
     *
     * @throws IOException when another server answers on that socket, or it cannot be bound
     */
    public static ControlServer start(Path socketPath, CliService cli, ServerHello hello) throws IOException {
        Objects.requireNonNull(cli, "cli");
        Objects.requireNonNull(hello, "hello");
        Path path = socketPath.toAbsolutePath();
        Files.createDirectories(path.getParent());
        if (Files.exists(path)) {
            if (answers(path)) {
                throw new IOException("another Switchboard is already running: " + path + " answers");
            }
            LOG.info("Replacing stale control socket {}", path);
            Files.delete(path);
        }
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            listener.bind(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            listener.close();
            // the usual cause is sun_path's limit of about 100 bytes
            throw new IOException("cannot bind control socket " + path + " (" + path.toString().length()
                    + " characters): " + e.getMessage(), e);
        }
        ownerOnly(path);
        ControlServer server = new ControlServer(path, listener, cli, hello);
        server.acceptor.start();
        LOG.debug("Control socket listening on {}", path);
        return server;
    }

    public Path socketPath() {
        return socketPath;
    }

    /** Sends a formatted log line (with its newline) to every console that asked for the log. */
    public void publishLog(String line) {
        for (ControlConnection connection : connections) {
            connection.offerLog(line);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.warn("Closing control socket {}: {}", socketPath, e.toString());
        }
        // a console that asked the server to stop gets its answer first (closeAfterReplies)
        for (ControlConnection connection : List.copyOf(connections)) {
            connection.closeAfterReplies(CLOSE_PATIENCE);
        }
        try {
            Files.deleteIfExists(socketPath);
        } catch (IOException e) {
            LOG.warn("Cannot remove control socket {}: {}", socketPath, e.toString());
        }
    }

    void forget(ControlConnection connection) {
        connections.remove(connection);
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Control socket accept failed: {}", e.toString());
                }
                return;
            }
            ControlConnection connection = new ControlConnection(this, new FrameChannel(channel), cli,
                    "control-" + connectionCount.incrementAndGet());
            connections.add(connection);
            if (closed) {
                connection.close();
                return;
            }
            connection.start(hello);
        }
    }

    private static boolean answers(Path path) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
