package org.switchboard.manager.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of CLI commands (Asterisk's CLI entries), with Asterisk's lookup, help and
 * completion rules (main/cli.c). One registry serves the Command AMI action, {@code switchboard
 * -rx} and the console. It starts with {@code core show help} registered.
 *
 * <p>Thread-safe: registration swaps an immutable snapshot, so lookups never wait. Handlers run on
 * the calling thread; a handler that throws yields a failed outcome and a log entry, never a stack
 * trace in the output.
 */
public final class CliRegistry implements CliService {
    private static final Logger LOG = LoggerFactory.getLogger(CliRegistry.class);

    private volatile CliEntryList entries = CliEntryList.EMPTY;

    public CliRegistry() {
        register(new CoreShowHelpCommand(this));
    }

    /**
     * Adds a command. Registering the same instance twice is a no-op (with a warning), as in
     * __ast_cli_register.
     *
     * @throws IllegalArgumentException when the command has no words, or another command already
     *         answers to the same words (Asterisk refuses it with "already registered (or
     *         something close enough)")
     */
    public synchronized void register(CliCommand command) {
        Objects.requireNonNull(command, "command");
        if (entries.entryOf(command).isPresent()) {
            LOG.warn("Command '{}' already registered (the same command)", command.command());
            return;
        }
        CliEntry entry = new CliEntry(command);
        Optional<CliEntryList.Match> clash = entries.find(entry.words(), CliEntryList.Lookup.EXACT);
        if (clash.isPresent()) {
            throw new IllegalArgumentException("Command '" + entry.fullCommand()
                    + "' already registered (or something close enough): '" + clash.get().entry().fullCommand() + "'");
        }
        entries = entries.with(entry);
    }

    /** Removes a command; returns false when it was not registered. */
    public synchronized boolean unregister(CliCommand command) {
        if (entries.entryOf(command).isEmpty()) {
            return false;
        }
        entries = entries.without(command);
        return true;
    }

    /** The registered commands in Asterisk's list order (the order {@code core show help} uses). */
    public List<CliCommand> commands() {
        return entries.entries().stream().map(CliEntry::command).toList();
    }

    /**
     * Runs one command line, as the console, -rx and the Command action do
     * (cli.c ast_cli_command_full). An empty line does nothing and fails. An unknown command
     * prints {@code No such command '<line>' (type 'core show help <best>' for other possible
     * commands)}; {@link CliResult#SHOWUSAGE} prints the usage; {@link CliResult#FAILURE} prints
     * {@code Command '<line>' failed.}. Only {@link CliResult#SUCCESS} is a success.
     */
    @Override
    public CliOutcome execute(String commandLine) {
        List<String> words = CliLineParser.parse(commandLine).words();
        if (words.isEmpty()) {
            return new CliOutcome("", false);
        }
        CliEntryList snapshot = entries;
        Optional<CliEntryList.Match> match = snapshot.find(words, CliEntryList.Lookup.ALLOW_EXTRA_WORDS);
        if (match.isEmpty()) {
            return new CliOutcome("No such command '" + commandLine + "' (type 'core show help "
                    + snapshot.bestTopic(words) + "' for other possible commands)\n", false);
        }
        CliCommand command = match.get().entry().command();
        BufferedInvocation invocation = new BufferedInvocation(words, match.get().matchedWords());
        CliResult result = run(command, invocation, commandLine);
        if (result == CliResult.SHOWUSAGE) {
            String usage = command.usage();
            invocation.print(usage == null || usage.isEmpty()
                    ? "Invalid usage, but no usage information available.\n" : usage);
        } else if (result == CliResult.FAILURE) {
            invocation.print("Command '" + commandLine + "' failed.\n");
        }
        return new CliOutcome(invocation.output(), result == CliResult.SUCCESS);
    }

    /**
     * Tab completion for a partial line: the candidates for its last word (whatever follows the
     * last blank; empty when the line ends in a blank), sorted without case and without
     * duplicates. The console works out the common prefix itself.
     */
    @Override
    public List<String> complete(String partialLine) {
        return CliCompletion.complete(entries, partialLine);
    }

    CliEntryList snapshot() {
        return entries;
    }

    private static CliResult run(CliCommand command, BufferedInvocation invocation, String commandLine) {
        try {
            CliResult result = command.execute(invocation);
            if (result == null) {
                LOG.error("CLI command '{}' returned no result", commandLine);
                return CliResult.FAILURE;
            }
            return result;
        } catch (Exception e) {
            LOG.error("CLI command '{}' threw", commandLine, e);
            return CliResult.FAILURE;
        }
    }
}
