package org.switchboard.manager.cli;

/** How a CLI handler finished, as Asterisk's CLI_SUCCESS / CLI_SHOWUSAGE / CLI_FAILURE. */
public enum CliResult {
    SUCCESS,
    /** Bad arguments: the registry prints the command's usage text and reports failure. */
    SHOWUSAGE,
    FAILURE
}
