package org.switchboard.bench.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.switchboard.manager.Switchboard;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts a Switchboard in its own process for measurements, until the process is stopped
 * (SIGTERM or Ctrl-C close it cleanly). Without {@code --config-dir} it writes the bench
 * configuration ({@link #MANAGER_CONF}: user {@code bench}, secret {@code bench}, read and write
 * all, on 127.0.0.1) into a fresh directory. Prints one line {@code pid=... ami=host:port} once
 * the listener is up.
 *
 * <pre>
 * java -cp bench/target/switchboard-bench.jar org.switchboard.bench.launch.BenchServer --port 5038
 * </pre>
 */
@Command(name = "bench-server", mixinStandardHelpOptions = true,
        description = "Run a Switchboard for switchboard-bench measurements.")
public final class BenchServer implements Callable<Integer> {
    /** The manager.conf written when no configuration directory is given. */
    public static final String MANAGER_CONF = """
            [general]
            enabled = yes
            bindaddr = 127.0.0.1
            port = 5038
            displayconnects = no

            [bench]
            secret = bench
            read = all
            write = all
            displayconnects = no
            """;

    @Spec
    CommandSpec spec;

    @Option(names = "--config-dir", description = "Asterisk configuration directory (default: a fresh bench configuration).")
    Path configDir;

    @Option(names = "--port", defaultValue = "5038", description = "AMI port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--io-threads", defaultValue = "0", description = "Netty I/O threads, 0 for Netty's default (default: ${DEFAULT-VALUE}).")
    int ioThreads;

    public static void main(String[] args) {
        int code = new CommandLine(new BenchServer()).execute(args);
        // after a normal stop the JVM is already shutting down: System.exit there would block
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Writes the bench configuration into {@code dir} (created if needed) and returns it. */
    public static Path writeBenchConfig(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manager.conf"), MANAGER_CONF, StandardCharsets.ISO_8859_1);
        return dir;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = configDir != null ? configDir : writeBenchConfig(Files.createTempDirectory("switchboard-bench-"));
        Switchboard server = Switchboard.builder().configDir(dir).amiPort(port).ioThreads(ioThreads).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "bench-server-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("pid=" + ProcessHandle.current().pid() + " ami="
                + server.amiAddress().map(a -> a.getHostString() + ":" + a.getPort()).orElse("disabled"));
        out.flush();
        stopped.await();
        return 0;
    }
}
