package org.switchboard.manager.cli;

import java.util.List;

/**
 * One run of a command: every word of the command line (the command's own words first, then its
 * arguments) and the output the handler appends to.
 */
public interface CliInvocation {
    /** All words of the line, e.g. {@code [manager, show, user, admin]}. */
    List<String> words();

    /** The words after the command's own words. */
    List<String> arguments();

    /** Appends text; handlers write {@code \n} line ends as Asterisk's ast_cli does. */
    CliInvocation print(String text);

    /** printf-style convenience ({@code String.format} with the root locale). */
    CliInvocation printf(String format, Object... args);
}
