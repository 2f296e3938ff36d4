package org.switchboard.manager.cli;

import java.util.List;

/** The registry of CLI commands (Asterisk's CLI entries); thread-safe. */
public final class CliRegistry {
    public void register(CliCommand command) {
        throw new UnsupportedOperationException("not yet written: " + command);
    }

    /** Runs one command line, as the console, -rx and the Command action do. */
    public CliOutcome execute(String commandLine) {
        throw new UnsupportedOperationException("not yet written: " + commandLine);
    }

    /** Tab completion for a partial line (the last word may be partial or empty). */
    public List<String> complete(String partialLine) {
        throw new UnsupportedOperationException("not yet written: " + partialLine);
    }
}
