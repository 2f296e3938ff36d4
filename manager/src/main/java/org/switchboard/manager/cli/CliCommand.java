package org.switchboard.manager.cli;

import java.util.List;

/**
 * One CLI command, registered in the {@link CliRegistry}. The same registry serves the Command
 * AMI action, {@code switchboard -rx} and the interactive console.
 */
public interface CliCommand {
    /**
     * The command's fixed words, as Asterisk writes them in its entry, e.g.
     * {@code "manager show settings"}; alternatives are written {@code [on|off]} or {@code {a|b}}
     * as in Asterisk's CLI entries.
     */
    String command();

    /** One-line summary shown by {@code core show help}. */
    String summary();

    /** Full usage text printed on {@link CliResult#SHOWUSAGE} and by {@code core show help <cmd>}. */
    String usage();

    CliResult execute(CliInvocation invocation);

    /**
     * Completions for the word at {@code position} (0-based, counted over all words) that start
     * with {@code partial}; the default offers nothing beyond the fixed words.
     */
    default List<String> complete(List<String> words, int position, String partial) {
        return List.of();
    }
}
