package org.switchboard.bench.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * configuration ({@link #writeBenchConfig}: user {@code bench}, secret {@code bench}, read and
 * write all, on 127.0.0.1; the {@code calls} dialplan; CDR and CEL on, both reported over AMI)
 * into a fresh directory, which also holds the server's data (AstDB). Prints one line
 * {@code pid=... ami=host:port} once the listener is up.
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

    /**
     * extensions.conf: the extension {@code calls} originates into, as in the captures' dialplan
     * (captures/etc/extensions.conf, the one the Asterisk figures ran).
     */
    public static final String EXTENSIONS_CONF = """
            [general]
            static = yes
            writeprotect = no

            [default]
            exten => 100,1,Answer()
             same => n,Wait(1)
             same => n,Hangup()
            """;

    /** modules.conf: every module, as the captures' configuration loads them (autoload). */
    public static final String MODULES_CONF = "[modules]\nautoload = yes\n";

    /**
     * CDR and CEL on, every CEL event of every application, both reported over AMI by
     * cdr_manager and cel's [manager] section, as in the captures' configuration
     * (captures/etc/cdr.conf, cdr_manager.conf, cel.conf): the full event stream of a call.
     */
    public static final Map<String, String> CALL_RECORDS_CONF = Map.of(
            "cdr.conf", "[general]\nenable = yes\n",
            "cdr_manager.conf", "[general]\nenabled = yes\n",
            "cel.conf", "[general]\nenable = yes\napps = all\nevents = ALL\n\n[manager]\nenabled = yes\n");

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

    /**
     * Writes the bench configuration into {@code dir} (created if needed) and returns it:
     * {@link #MANAGER_CONF}, {@link #EXTENSIONS_CONF}, {@link #MODULES_CONF} and {@link #CALL_RECORDS_CONF}.
     */
    public static Path writeBenchConfig(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir, "manager.conf", MANAGER_CONF);
        write(dir, "extensions.conf", EXTENSIONS_CONF);
        write(dir, "modules.conf", MODULES_CONF);
        for (Map.Entry<String, String> file : CALL_RECORDS_CONF.entrySet()) {
            write(dir, file.getKey(), file.getValue());
        }
        return dir;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    @Override
    public Integer call() throws Exception {
        Path dir = configDir != null ? configDir : writeBenchConfig(Files.createTempDirectory("switchboard-bench-"));
        // AstDB and the other data in a directory of their own, never in the working directory
        Path data = configDir != null ? Files.createTempDirectory("switchboard-bench-data-") : dir.resolve("data");
        Switchboard server = Switchboard.builder().configDir(dir).dataDir(data).amiPort(port)
                .ioThreads(ioThreads).start();
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
