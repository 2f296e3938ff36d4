package org.switchboard.manager.cli;

/**
 * What running one command line produced: the text exactly as the console would show it
 * (newlines included) and whether it succeeded (the Command action answers Success or Error by it).
 */
public record CliOutcome(String output, boolean success) { }
