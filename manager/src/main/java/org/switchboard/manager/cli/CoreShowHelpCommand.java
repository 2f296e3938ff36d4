package org.switchboard.manager.cli;

import java.util.List;
import java.util.Optional;

/**
 * {@code core show help [topic]} (cli.c handle_help and help1): without a topic, one line per
 * visible command; with a topic that names a command exactly, its usage; otherwise every command
 * whose full text starts with the topic, or {@code No such command '<topic>'.}.
 */
final class CoreShowHelpCommand implements CliCommand {
    private static final String LIST_FORMAT = "%-30s -- %s\n";
    private static final String NO_SUMMARY = "<no description available>";
    /** Length of "core show help " as handle_help skips it before completing the topic. */
    private static final int PREFIX_LENGTH = 15;

    private final CliRegistry registry;

    CoreShowHelpCommand(CliRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String command() {
        return "core show help";
    }

    @Override
    public String summary() {
        return "Display help list, or specific help on a command";
    }

    @Override
    public String usage() {
        return "Usage: core show help [topic]\n"
                + "       When called with a topic as an argument, displays usage\n"
                + "       information on the given command. If called without a\n"
                + "       topic, it provides a list of commands.\n";
    }

    @Override
    public CliResult execute(CliInvocation invocation) {
        CliEntryList snapshot = registry.snapshot();
        List<String> topic = invocation.arguments();
        if (topic.isEmpty()) {
            listMatching(invocation, snapshot, null);
            return CliResult.SUCCESS;
        }
        Optional<CliEntryList.Match> exact = snapshot.find(topic, CliEntryList.Lookup.EXACT);
        if (exact.isEmpty()) {
            listMatching(invocation, snapshot, AsciiCase.join(topic, CliEntry.FULL_COMMAND_BUFFER));
            return CliResult.SUCCESS;
        }
        String usage = exact.get().entry().command().usage();
        if (usage == null || usage.isEmpty()) {
            invocation.printf("No help text available for '%s'.\n", AsciiCase.join(topic, CliEntry.FULL_COMMAND_BUFFER));
        } else {
            invocation.print(usage);
        }
        return CliResult.SUCCESS;
    }

    private static void listMatching(CliInvocation out, CliEntryList snapshot, String prefix) {
        int found = 0;
        for (CliEntry entry : snapshot.entries()) {
            if (entry.hidden() || (prefix != null && !AsciiCase.startsWith(entry.fullCommand(), prefix))) {
                continue;
            }
            String summary = entry.command().summary();
            out.printf(LIST_FORMAT, entry.fullCommand(), summary == null || summary.isEmpty() ? NO_SUMMARY : summary);
            found++;
        }
        if (found == 0 && prefix != null && !prefix.isEmpty()) {
            out.printf("No such command '%s'.\n", prefix);
        }
    }

    /** The topic completes like a command line of its own (handle_help's CLI_GENERATE). */
    @Override
    public List<String> complete(List<String> words, int position, String partial) {
        String line = String.join(" ", words) + (position >= words.size() ? " " : "");
        return CliCompletion.candidates(registry.snapshot(), line.substring(Math.min(line.length(), PREFIX_LENGTH)), partial);
    }
}
