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
