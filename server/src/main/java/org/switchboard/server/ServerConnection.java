package org.switchboard.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.switchboard.server.control.ControlClient;

/** How the client modes ({@code -x}, {@code -r}) reach the server, with their one-line errors. */
final class ServerConnection {
    private ServerConnection() { }

    /** The connected client, or empty after printing to {@code err} why there is none. */
    static Optional<ControlClient> open(Path socket, PrintStream err) {
        if (!Files.exists(socket)) {
            err.println("No Switchboard server is running (no control socket at " + socket + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(ControlClient.connect(socket));
        } catch (ConnectException e) {
            // a socket file left behind by a server that did not stop cleanly
            err.println("No Switchboard server is running (nothing answers on " + socket + ")");
        } catch (IOException e) {
            err.println("Unable to connect to the Switchboard server at " + socket + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The charset the JVM decoded the command line with (Java 17's native.encoding). */
    static Charset nativeCharset() {
        String name = System.getProperty("native.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
