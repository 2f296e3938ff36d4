package org.switchboard.manager.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * How one typed word compares with one word of a command entry. An entry word is either literal
 * ({@code show}, compared without case), a choice ({@code [on|off]} optional, {@code {on|off}}
 * required; cli.c word_match), or {@code %} for any word.
 */
final class CliWords {
    /** The characters that mark and separate choices (cli.c cli_rsvd). */
    private static final String RESERVED = "[]{}|*%";

    private CliWords() { }

    static boolean isReserved(char c) {
        return RESERVED.indexOf(c) >= 0;
    }

    static boolean isOptional(String entryWord) {
        return entryWord.startsWith("[");
    }

    /** Index of the first reserved character, or the length (strcspn). */
    static int literalPrefixLength(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isReserved(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /** cli.c word_match: does the typed word select this entry word? Null or empty never does. */
    static boolean matches(String typed, String entryWord) {
        if (typed == null || typed.isEmpty() || entryWord == null || entryWord.isEmpty()) {
            return false;
        }
        if (!isReserved(entryWord.charAt(0))) {
            return AsciiCase.equal(typed, entryWord);
        }
        if (entryWord.charAt(0) == '%') {
            return true;
        }
        // A choice matches when the typed word appears in it between separators; the end of the
        // entry word counts as a separator, as the terminating NUL does in word_match.
        String haystack = AsciiCase.lower(entryWord);
        String needle = AsciiCase.lower(typed);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            boolean separatedBefore = at > 0 && isReserved(haystack.charAt(at - 1));
            boolean separatedAfter = end == haystack.length() || isReserved(haystack.charAt(end));
            if (separatedBefore && separatedAfter) {
                return true;
            }
        }
        return false;
    }

    /**
     * cli.c is_prefix: the completions this entry word offers for a partly typed word, in the
     * entry's order. Typed words holding reserved characters get none; a choice list stops at its
     * first empty alternative, so {@code %} (an empty alternative before the separator) offers
     * nothing.
     */
    static List<String> completions(String typed, String entryWord) {
        if (entryWord == null || entryWord.isEmpty()) {
            return List.of();
        }
        String word = typed == null ? "" : typed;
        if (literalPrefixLength(word) != word.length()) {
            return List.of();
        }
        if (!isReserved(entryWord.charAt(0))) {
            return AsciiCase.startsWith(entryWord, word) ? List.of(entryWord) : List.of();
        }
        List<String> offers = new ArrayList<>();
        int start = 1;
        while (start <= entryWord.length()) {
            int end = start;
            while (end < entryWord.length() && !isReserved(entryWord.charAt(end))) {
                end++;
            }
            String alternative = entryWord.substring(start, end);
            if (alternative.isEmpty()) {
                break;
            }
            if (AsciiCase.startsWith(alternative, word)) {
                offers.add(alternative);
            }
            start = end + 1;
        }
        return offers;
    }
}
