package org.switchboard.manager.cli;

import java.util.List;

/** Runs CLI command lines and completes them; what the console and {@code -rx} talk to. */
public interface CliService {
    CliOutcome execute(String commandLine);

    List<String> complete(String partialLine);
}
