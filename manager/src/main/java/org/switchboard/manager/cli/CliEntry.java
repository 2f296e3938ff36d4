package org.switchboard.manager.cli;

import java.util.ArrayList;
import java.util.List;

/** A registered command with its entry words split once, as cli.c keeps them in cmda. */
final class CliEntry {
    /** cli.h AST_MAX_CMD_LEN: an entry keeps at most 15 words. */
    static final int MAX_WORDS = 15;
    /** cli.c keeps the joined command in an 80-byte buffer. */
    static final int FULL_COMMAND_BUFFER = 80;

    private final CliCommand command;
    private final List<String> words;
    private final String fullCommand;
    private final int literalPrefixLength;

    CliEntry(CliCommand command) {
        this.command = command;
        this.words = splitWords(command.command());
        if (words.isEmpty()) {
            throw new IllegalArgumentException("CLI command has no words: " + command);
        }
        this.fullCommand = AsciiCase.join(words, FULL_COMMAND_BUFFER);
        this.literalPrefixLength = CliWords.literalPrefixLength(fullCommand);
    }

    CliCommand command() { return command; }

    List<String> words() { return words; }

    /** The entry word at {@code index}, or null past the end (cmda is NULL-terminated). */
    String wordAt(int index) {
        return index < words.size() ? words.get(index) : null;
    }

    /** The words joined by single blanks, as {@code core show help} lists them. */
    String fullCommand() { return fullCommand; }

    /** Length of the full command before its first choice or wildcard (cli.c cmdlen). */
    int literalPrefixLength() { return literalPrefixLength; }

    /** Commands starting with {@code _} are internal: hidden from help and completion. */
    boolean hidden() {
        return fullCommand.startsWith("_");
    }

    /** True when no entry word from {@code index} on is required (cli.c more_words == 0). */
    boolean onlyOptionalWordsFrom(int index) {
        for (int i = index; i < words.size(); i++) {
            if (!CliWords.isOptional(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    // __ast_cli_register: blanks are any byte below 33 (ast_skip_blanks / ast_skip_nonblanks)
    private static List<String> splitWords(String command) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = command.length();
        while (out.size() < MAX_WORDS) {
            while (i < n && command.charAt(i) < 33) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && command.charAt(i) >= 33) {
                i++;
            }
            out.add(command.substring(start, i));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return fullCommand;
    }
}
