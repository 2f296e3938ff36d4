package org.switchboard.manager.cli;

/** A CLI command whose words, summary and usage text never change (most of Asterisk's). */
public abstract class FixedTextCommand implements CliCommand {
    private final String command;
    private final String summary;
    private final String usage;

    protected FixedTextCommand(String command, String summary, String usage) {
        this.command = command;
        this.summary = summary;
        this.usage = usage;
    }

    @Override public String command() { return command; }
    @Override public String summary() { return summary; }
    @Override public String usage() { return usage; }
}
