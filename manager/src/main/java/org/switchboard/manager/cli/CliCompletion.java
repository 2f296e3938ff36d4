package org.switchboard.manager.cli;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tab completion over a snapshot of entries (cli.c __ast_cli_generator and
 * ast_cli_completion_vector): the next fixed word of every entry that the typed words lead to,
 * plus, once an entry's fixed words are all typed, what the command itself offers for its
 * arguments. Results are sorted as strcasecmp sorts and duplicates (ignoring case) dropped.
 */
final class CliCompletion {
    private static final Logger LOG = LoggerFactory.getLogger(CliCompletion.class);

    private CliCompletion() { }

    /**
     * Candidates for the last word of {@code line}: that word is whatever follows the line's last
     * blank, empty when the line ends in a blank (asterisk.c cli_complete).
     */
    static List<String> complete(CliEntryList snapshot, String line) {
        return candidates(snapshot, line, lastWord(line));
    }

    static String lastWord(String line) {
        int start = line.length();
        while (start > 0 && !CliLineParser.isCSpace(line.charAt(start - 1))) {
            start--;
        }
        return line.substring(start);
    }

    static List<String> candidates(CliEntryList snapshot, String text, String word) {
        CliLineParser.ParsedLine parsed = CliLineParser.parse(text);
        List<String> argv = parsed.words();
        int argIndex = !word.isEmpty() && !argv.isEmpty() ? argv.size() - 1 : argv.size();
        List<String> found = new ArrayList<>();
        for (CliEntry entry : snapshot.entries()) {
            if (entry.hidden()) {
                continue;
            }
            int src = 0;
            int dst = 0;
            while (src < argIndex && CliWords.matches(argv.get(src), entry.wordAt(dst))) {
                src++;
                dst++;
            }
            if (src != argIndex && !entry.onlyOptionalWordsFrom(dst)) {
                continue;
            }
            String typed = src < argv.size() ? argv.get(src) : null;
            List<String> fixed = CliWords.completions(typed, entry.wordAt(dst));
            if (!fixed.isEmpty()) {
                found.addAll(fixed);
            } else if (dst >= entry.words().size()) {
                found.addAll(argumentCompletions(entry, argv, argIndex, word));
            }
        }
        return sortedWithoutDuplicates(found);
    }

    private static List<String> argumentCompletions(CliEntry entry, List<String> argv, int position, String word) {
        List<String> offered;
        try {
            offered = entry.command().complete(argv, position, word);
        } catch (Exception e) {
            LOG.warn("Completion for CLI command '{}' failed", entry.fullCommand(), e);
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        if (offered != null) {
            for (String candidate : offered) {
                if (candidate != null && AsciiCase.startsWith(candidate, word)) {
                    kept.add(candidate);
                }
            }
        }
        return kept;
    }

    private static List<String> sortedWithoutDuplicates(List<String> found) {
        List<String> sorted = new ArrayList<>(found);
        sorted.sort(AsciiCase.ORDER);
        List<String> unique = new ArrayList<>(sorted.size());
        for (String candidate : sorted) {
            if (unique.isEmpty() || AsciiCase.compare(unique.get(unique.size() - 1), candidate) != 0) {
                unique.add(candidate);
            }
        }
        return List.copyOf(unique);
    }
}
