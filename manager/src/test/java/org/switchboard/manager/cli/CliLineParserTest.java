package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;

/** Expectations from cli.c parse_args. */
class CliLineParserTest {

    @Test
    void blanksAndTabsSeparateWordsAndLeadingSpaceIsSkipped() {
        var parsed = CliLineParser.parse(" \n core \t show   version");
        assertThat(parsed.words()).containsExactly("core", "show", "version");
        assertThat(parsed.trailingWhitespace()).isFalse();
    }

    @Test
    void trailingBlankIsReported() {
        assertThat(CliLineParser.parse("core show ").trailingWhitespace()).isTrue();
        assertThat(CliLineParser.parse("").trailingWhitespace()).isTrue();
        assertThat(CliLineParser.parse("").words()).isEmpty();
    }

    @Test
    void quotesGroupBlanksAndDoNotEndTheWord() {
        assertThat(CliLineParser.parse("database put \"my family\" key").words())
                .containsExactly("database", "put", "my family", "key");
        assertThat(CliLineParser.parse("a\"b c\"d").words()).containsExactly("ab cd");
    }

    @Test
    void emptyQuotesMakeAnEmptyWord() {
        var parsed = CliLineParser.parse("set var \"\"");
        assertThat(parsed.words()).containsExactly("set", "var", "");
        assertThat(parsed.trailingWhitespace()).isFalse();
    }

    @Test
    void backslashMakesTheNextCharacterLiteralAndIsDropped() {
        assertThat(CliLineParser.parse("say a\\ b \\\"q\\\" c\\\\d").words())
                .containsExactly("say", "a b", "\"q\"", "c\\d");
    }

    @Test
    void newlineInsideTheLineIsNotASeparator() {
        assertThat(CliLineParser.parse("core show\nversion").words()).containsExactly("core", "show\nversion");
    }

    @Test
    void theSixtyThirdWordKeepsOnlyItsFirstCharacter() {
        String line = String.join(" ", Collections.nCopies(70, "ab"));
        var words = CliLineParser.parse(line).words();
        assertThat(words).hasSize(63);
        assertThat(words.get(61)).isEqualTo("ab");
        assertThat(words.get(62)).isEqualTo("a");
    }
}
