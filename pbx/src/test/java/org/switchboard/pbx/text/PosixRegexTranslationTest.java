package org.switchboard.pbx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Properties of the Java patterns themselves, beyond their match answers. */
class PosixRegexTranslationTest {

    @Test
    void alternativesOfSingleBytesRepeatOverLongSubjectsWithoutExhaustingTheStack() throws PosixRegexException {
        // "(.|\n)*" is a common idiom; Java would recurse once per byte on an alternation
        String longText = "Event: UserEvent\r\n" + "Foo: bar\r\n".repeat(20_000) + "\r\n";
        assertThat(PosixRegex.compile("^(.|\n)*Foo: baz", false).matcher(longText).find()).isFalse();
        assertThat(PosixRegex.compile("^(.|\n)*Foo: bar\r\n\r\n$", false).matcher(longText).find()).isTrue();
    }

    @Test
    void stackedRepetitionSymbolsAreOneRepetition() throws PosixRegexException {
        // fuzz finding P1: nested Java loops for "x???+++all" backtracked for ever on "xxx..."
        assertThat(PosixRegex.toJavaRegex("x???+++all", false)).isEqualTo("x*all");
        assertThat(PosixRegex.toJavaRegex("a*****b", false)).isEqualTo("a*b");
        assertThat(PosixRegex.toJavaRegex("a++", false)).isEqualTo("a+");
        assertThat(PosixRegex.toJavaRegex("a??", false)).isEqualTo("a?");
        assertThat(PosixRegex.toJavaRegex("a{1,3}{2}", false)).isEqualTo("a{2,6}");
        assertThat(PosixRegex.toJavaRegex("a{0}*", false)).isEqualTo("a{0}");
        // x{2} repeated leaves gaps (0, 2, 4, ...): not one interval, kept nested
        assertThat(PosixRegex.toJavaRegex("x{2}*", false)).isEqualTo("(?:x{2})*");
        assertThat(PosixRegex.compile("x???+++all", false).matcher("x".repeat(40)).find()).isFalse();
        assertThat(PosixRegex.compile("^a{1,3}{2}$", false).matcher("aaaaa").find()).isTrue();
    }

    @Test
    void onlyBackReferencedGroupsCaptureInJava() throws PosixRegexException {
        assertThat(PosixRegex.compile("(a)(b)(c)\\2", false).matcher("abcb").groupCount()).isEqualTo(1);
        assertThat(PosixRegex.compile("(a)(b)", false).matcher("ab").groupCount()).isZero();
    }

    @Test
    void patternsNeedNoJavaFlags() throws PosixRegexException {
        Pattern pattern = PosixRegex.compile("abc", true);
        assertThat(pattern.flags()).isZero();
        assertThat(pattern.matcher("xAbC").find()).isTrue();
    }

    @Test
    void javaClassSyntaxInsideBracketsIsPlainBytes() throws PosixRegexException {
        assertThat(PosixRegex.toJavaRegex("[a&&b]", false)).isEqualTo("[\\x26\\x61-\\x62]");
        assertThat(PosixRegex.toJavaRegex("[[\\]", false)).isEqualTo("[\\x5b-\\x5c]");
    }
}
