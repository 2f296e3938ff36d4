package org.switchboard.e2e.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

import org.switchboard.manager.Switchboard;

/**
 * A tiny server process for tests that must kill a real JVM: starts a Switchboard from a
 * configuration and data directory on an ephemeral AMI port, writes the port to a file (written
 * whole, then renamed, so a reader never sees half of it) and runs until killed.
 *
 * <p>Arguments: {@code <configDir> <dataDir> <portFile>}.
 */
public final class SwitchboardLauncher {
    private SwitchboardLauncher() { }

    public static void main(String[] args) throws Exception {
        Switchboard sb = Switchboard.builder().configDir(Path.of(args[0])).dataDir(Path.of(args[1])).amiPort(0).start();
        Path portFile = Path.of(args[2]);
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(partial, Integer.toString(sb.amiAddress().orElseThrow().getPort()));
        Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE);
        new CountDownLatch(1).await();
    }
}
