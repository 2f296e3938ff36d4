package org.switchboard.manager.cli;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a command line into words with the CLI's quoting rules (cli.c parse_args): blanks and
 * tabs separate words, {@code "} toggles quoting without ending the word, a backslash makes the
 * next character literal and is dropped, and a quote after a blank starts a word even when it
 * stays empty ({@code ""} is an empty word).
 */
final class CliLineParser {
    /** cli.h AST_MAX_ARGS; parse_args stops one word short of it. */
    static final int MAX_ARGS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(CliLineParser.class);

    /** The words of a line and whether it ended in blanks (or was empty). */
    record ParsedLine(List<String> words, boolean trailingWhitespace) { }

    private CliLineParser() { }

    static ParsedLine parse(String line) {
        List<StringBuilder> words = new ArrayList<>();
        StringBuilder current = null;
        boolean quoted = false;
        boolean escaped = false;
        boolean inWhitespace = true;
        int i = 0;
        while (i < line.length() && isCSpace(line.charAt(i))) {
            i++;
        }
        for (; i < line.length(); i++) {
            // parse_args checks the word count before every character, so the last allowed
            // word keeps only its first character
            if (words.size() >= MAX_ARGS - 1) {
                LOG.warn("Too many arguments, truncating at {}", line.substring(i));
                break;
            }
            char c = line.charAt(i);
            if (c == '"' && !escaped) {
                quoted = !quoted;
                if (quoted && inWhitespace) {
                    current = new StringBuilder();
                    words.add(current);
                    inWhitespace = false;
                }
            } else if ((c == ' ' || c == '\t') && !(quoted || escaped)) {
                inWhitespace = true;
            } else if (c == '\\' && !escaped) {
                escaped = true;
            } else {
                if (inWhitespace) {
                    current = new StringBuilder();
                    words.add(current);
                    inWhitespace = false;
                }
                current.append(c);
                escaped = false;
            }
        }
        List<String> result = new ArrayList<>(words.size());
        for (StringBuilder word : words) {
            result.add(word.toString());
        }
        return new ParsedLine(List.copyOf(result), inWhitespace);
    }

    /** C isspace in the C locale. */
    static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
