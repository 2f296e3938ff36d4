package org.switchboard.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.switchboard.server.control.ControlClient;

/**
 * {@code switchboard -x CMD} / {@code -rx CMD}: runs one command on the running server, writes
 * its output byte for byte and exits 0 on success, 1 on failure or when no server answers.
 */
final class ExecuteMode {
    private final PrintStream out;
    private final PrintStream err;

    ExecuteMode(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Path socket, String commandLine) {
        Optional<ControlClient> connection = ServerConnection.open(socket, err);
        if (connection.isEmpty()) {
            return 1;
        }
        try (ControlClient client = connection.get()) {
            // the argument was decoded from the platform's encoding; send the same bytes on
            ControlClient.CommandReply reply = client.execute(commandLine.getBytes(ServerConnection.nativeCharset()));
            out.write(reply.output());
            out.flush();
            return reply.success() ? 0 : 1;
        } catch (IOException e) {
            err.println("Lost the connection to the Switchboard server: " + e.getMessage());
            return 1;
        }
    }
}
