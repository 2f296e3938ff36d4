package org.switchboard.manager.cli;

import java.util.List;
import java.util.Locale;

/** The invocation handed to a handler: its words and a buffer collecting what it prints. */
final class BufferedInvocation implements CliInvocation {
    private final List<String> words;
    private final int commandWords;
    private final StringBuilder output = new StringBuilder();

    BufferedInvocation(List<String> words, int commandWords) {
        this.words = List.copyOf(words);
        this.commandWords = commandWords;
    }

    @Override
    public List<String> words() {
        return words;
    }

    @Override
    public List<String> arguments() {
        return words.subList(commandWords, words.size());
    }

    @Override
    public CliInvocation print(String text) {
        output.append(text);
        return this;
    }

    @Override
    public CliInvocation printf(String format, Object... args) {
        output.append(String.format(Locale.ROOT, format, args));
        return this;
    }

    String output() {
        return output.toString();
    }
}
