package org.switchboard.manager.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of the registered entries in Asterisk's list order, with the lookups of
 * cli.c (find_cli, find_best). The registry swaps in a new snapshot on every change, so readers
 * never lock.
 */
final class CliEntryList {
    static final CliEntryList EMPTY = new CliEntryList(List.of());

    /** The three ways find_cli can be asked to match. */
    enum Lookup {
        /** The line may carry more words than the entry: they become arguments (match_type 0). */
        ALLOW_EXTRA_WORDS,
        /** Every word must match, apart from a trailing optional entry word (match_type 1). */
        EXACT,
        /** Accept a mismatch on the last word of both line and entry (match_type -1). */
        ALLOW_LAST_WORD_MISMATCH
    }

    /** The entry found and how many leading words of the line it consumed. */
    record Match(CliEntry entry, int matchedWords) { }

    private final List<CliEntry> entries;

    private CliEntryList(List<CliEntry> entries) {
        this.entries = entries;
    }

    List<CliEntry> entries() {
        return entries;
    }

    /**
     * A new list with {@code entry} placed as __ast_cli_register places it: before the first
     * entry whose literal prefix sorts after it (comparing up to the shorter literal prefix,
     * without case), else at the end.
     */
    CliEntryList with(CliEntry entry) {
        List<CliEntry> next = new ArrayList<>(entries.size() + 1);
        boolean placed = false;
        for (CliEntry current : entries) {
            if (!placed) {
                int length = Math.min(entry.literalPrefixLength(), current.literalPrefixLength());
                if (AsciiCase.compareFirst(entry.fullCommand(), current.fullCommand(), length) < 0) {
                    next.add(entry);
                    placed = true;
                }
            }
            next.add(current);
        }
        if (!placed) {
            next.add(entry);
        }
        return new CliEntryList(List.copyOf(next));
    }

    CliEntryList without(CliCommand command) {
        List<CliEntry> next = new ArrayList<>(entries);
        next.removeIf(e -> e.command() == command);
        return new CliEntryList(List.copyOf(next));
    }

    Optional<CliEntry> entryOf(CliCommand command) {
        return entries.stream().filter(e -> e.command() == command).findFirst();
    }

    /**
     * cli.c find_cli: the first entry matching every word wins at once; otherwise the candidate
     * that consumed the most words, the earliest in list order on a tie. Only a trailing optional
     * entry word may be left out, and an empty word ends the line as a missing one would.
     */
    Optional<Match> find(List<String> words, Lookup lookup) {
        int bestLength = -1;
        CliEntry best = null;
        for (CliEntry entry : entries) {
            int src = 0;
            int dst = 0;
            while (CliWords.matches(wordAt(words, src), entry.wordAt(dst))) {
                src++;
                dst++;
            }
            boolean entryDone = dst >= entry.words().size()
                    || (CliWords.isOptional(entry.words().get(dst)) && dst + 1 >= entry.words().size());
            if (entryDone) {
                if (noWordAt(words, src)) {
                    return Optional.of(new Match(entry, src));
                }
                if (lookup != Lookup.ALLOW_EXTRA_WORDS) {
                    continue;
                }
            } else {
                if (noWordAt(words, src)) {
                    continue;
                }
                boolean lastWordOfBoth = noWordAt(words, src + 1) && dst + 1 >= entry.words().size();
                if (lookup != Lookup.ALLOW_LAST_WORD_MISMATCH || !lastWordOfBoth) {
                    continue;
                }
            }
            if (src > bestLength) {
                bestLength = src;
                best = entry;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best, bestLength));
    }

    /**
     * cli.c find_best: the line's words up to and including the first one at which no entry is
     * even close any more, joined as {@code core show help} would take them.
     */
    String bestTopic(List<String> words) {
        List<String> probe = new ArrayList<>();
        for (String word : words) {
            probe.add(word);
            if (find(probe, Lookup.ALLOW_LAST_WORD_MISMATCH).isEmpty()) {
                break;
            }
        }
        return AsciiCase.join(probe, CliEntry.FULL_COMMAND_BUFFER);
    }

    private static String wordAt(List<String> words, int index) {
        return index < words.size() ? words.get(index) : null;
    }

    private static boolean noWordAt(List<String> words, int index) {
        return index >= words.size() || words.get(index).isEmpty();
    }
}
