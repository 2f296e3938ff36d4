package org.switchboard.bench.mode;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.switchboard.bench.client.Target;
import org.switchboard.bench.launch.BenchServer;
import org.switchboard.manager.Switchboard;

/** In-process Switchboards for the mode tests, on an ephemeral loopback port. */
final class Servers {
    private Servers() { }

    /** A server with the bench configuration (user bench/bench, read and write all). */
    static Switchboard start(Path dir) throws Exception {
        BenchServer.writeBenchConfig(dir);
        return Switchboard.builder().configDir(dir).dataDir(dir.resolve("data")).amiPort(0).start();
    }

    /** A server with the bench configuration but the given manager.conf. */
    static Switchboard start(Path dir, String managerConf) throws Exception {
        BenchServer.writeBenchConfig(dir);
        Files.writeString(dir.resolve("manager.conf"), managerConf, StandardCharsets.ISO_8859_1);
        return Switchboard.builder().configDir(dir).dataDir(dir.resolve("data")).amiPort(0).start();
    }

    static Target target(Switchboard sb) {
        InetSocketAddress a = sb.amiAddress().orElseThrow();
        return Target.of(a.getHostString(), a.getPort(), "bench", "bench");
    }

    static long ownPid() {
        return ProcessHandle.current().pid();
    }
}
