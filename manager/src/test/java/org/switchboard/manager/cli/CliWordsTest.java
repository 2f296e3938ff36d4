package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expectations from cli.c word_match and is_prefix. */
class CliWordsTest {

    @Test
    void literalWordsMatchWithoutCase() {
        assertThat(CliWords.matches("SHOW", "show")).isTrue();
        assertThat(CliWords.matches("sho", "show")).isFalse();
    }

    @Test
    void aChoiceMatchesOneOfItsWordsWithoutCase() {
        assertThat(CliWords.matches("off", "{on|off}")).isTrue();
        assertThat(CliWords.matches("ON", "[on|off]")).isTrue();
        assertThat(CliWords.matches("of", "{on|off}")).isFalse();
        assertThat(CliWords.matches("n", "{on|off}")).isFalse();
    }

    @Test
    void emptyOrMissingWordsNeverMatch() {
        assertThat(CliWords.matches("", "show")).isFalse();
        assertThat(CliWords.matches(null, "show")).isFalse();
        assertThat(CliWords.matches("show", null)).isFalse();
    }

    @Test
    void percentMatchesAnyWord() {
        assertThat(CliWords.matches("anything", "%")).isTrue();
    }

    @Test
    void completionOffersTheLiteralWordForAPrefix() {
        assertThat(CliWords.completions("SH", "show")).containsExactly("show");
        assertThat(CliWords.completions("", "show")).containsExactly("show");
        assertThat(CliWords.completions(null, "show")).containsExactly("show");
        assertThat(CliWords.completions("x", "show")).isEmpty();
    }

    @Test
    void completionOffersEveryMatchingChoice() {
        assertThat(CliWords.completions("o", "{on|off|auto}")).containsExactly("on", "off");
        assertThat(CliWords.completions("", "[seconds]")).containsExactly("seconds");
    }

    @Test
    void completionStopsAtAnEmptyChoiceAndRefusesReservedCharacters() {
        assertThat(CliWords.completions("", "{a||b}")).containsExactly("a");
        assertThat(CliWords.completions("", "%")).isEmpty();
        assertThat(CliWords.completions("o|", "{on|off}")).isEmpty();
        assertThat(CliWords.completions("", null)).isEmpty();
    }
}
