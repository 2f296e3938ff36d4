package org.switchboard.manager.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** xml_translate and xml_copy_escape, case by case (spec 01 §7.6; manager.c). */
class AmiOutputTranslatorTest {
    private static String xml(String ami, FormParams.Param... params) {
        return AmiOutputTranslator.translate(ami, List.of(params), OutputFormat.XML);
    }

    private static String html(String ami) {
        return AmiOutputTranslator.translate(ami, List.of(), OutputFormat.HTML);
    }

    @Test
    void eachBlockIsOneResponseElementWithOneAttributePerHeader() {
        assertThat(xml("Response: Success\r\nMessage: Authentication accepted\r\n\r\n"))
                .isEqualTo("<response type='object' id='unknown'><generic response='Success' message='Authentication accepted' /></response>\n");
    }

    @Test
    void ajaxDestAndAjaxObjTypeAreReadIgnoringCaseAndTheLastOneWins() {
        assertThat(xml("A: 1\r\n\r\n", new FormParams.Param("AJAXDEST", "x"), new FormParams.Param("ajaxdest", "y"),
                new FormParams.Param("AjaxObjType", "row")))
                .isEqualTo("<response type='object' id='y'><row a='1' /></response>\n");
        assertThat(xml("A: 1\r\n\r\n", new FormParams.Param("ajaxdest", ""))).startsWith("<response type='object' id='unknown'>");
    }

    @Test
    void htmlRowsKeepTheNameAndSeparateBlocksWithARule() {
        assertThat(html("Response: Error\r\nMessage: a<b\r\n\r\nEvent: X\r\n\r\n")).isEqualTo(
                "<tr><td>Response</td><td>Error</td></tr>\n<tr><td>Message</td><td>a&lt;b</td></tr>\n"
                        + "<tr><td colspan=\"2\"><hr></td></tr>\r\n"
                        + "<tr><td>Event</td><td>X</td></tr>\n<tr><td colspan=\"2\"><hr></td></tr>\r\n");
    }

    @Test
    void attributeNamesAreLowerCasedSanitisedAndNeverStartWithADigit() {
        assertThat(xml("X-Y Z.w: 1\r\n9lives: 2\r\nCaf\u00e9: 3\r\n\r\n"))
                .contains(" x_y_z_w='1' _9lives='2' caf_='3' ");
    }

    @Test
    void valuesEscapeTheFiveXmlCharactersAndKeepOtherBytes() {
        assertThat(xml("V: <&>'\" \u00e9\r\n\r\n")).contains(" v='&lt;&amp;&gt;&apos;&quot; \u00e9' ");
    }

    @Test
    void theNameEndsAtTheFirstColonWithBlanksTrimmedAroundIt() {
        assertThat(xml("Name :  a: b  \r\n\r\n")).contains(" name='a: b' ");
    }

    @Test
    void aNameSeenAgainInTheSameBlockIsNumberedWithCase() {
        assertThat(xml("Output: a\r\nOutput: b\r\noutput: c\r\nOutput: d\r\n\r\nOutput: e\r\n\r\n"))
                .contains(" output='a' output-2='b' output='c' output-3='d' />")
                .contains("<generic output='e' />");
    }

    @Test
    void opaqueDataRunsToTheEndOfTheBlock() {
        assertThat(xml("A: 1\r\nplain\r\nB: 2\r\n\r\n"))
                .isEqualTo("<response type='object' id='unknown'><generic a='1' opaque_data='plain\nB: 2' /></response>\n");
        assertThat(html("plain\r\nmore\r\n\r\n"))
                .isEqualTo("<tr><td>Opaque-data</td><td>plain<br>\nmore</td></tr>\n<tr><td colspan=\"2\"><hr></td></tr>\r\n");
    }

    @Test
    void anOpaqueLineThatEndsTheInputClosesItsValue() {
        assertThat(xml("only line")).isEqualTo("<response type='object' id='unknown'><generic opaque_data='only line' /></response>\n");
        // quirk: continuation lines at the very end leave the value open (manager.c closes it only at a blank line)
        assertThat(xml("first\r\nsecond")).isEqualTo(
                "<response type='object' id='unknown'><generic opaque_data='first\nsecond /></response>\n");
    }

    @Test
    void crAndLfEachEndALineAndCrLfOrLfLfCountsOnce() {
        assertThat(xml("A: 1\rB: 2\n\nC: 3\r\n\r\n")).isEqualTo(
                "<response type='object' id='unknown'><generic a='1' b='2' c='3' /></response>\n");
    }

    @Test
    void trailingBlanksAreTrimmedSoABlankOnlyLineEndsTheBlock() {
        assertThat(xml("A: 1 \t\r\n \r\nB: 2\r\n\r\n")).isEqualTo(
                "<response type='object' id='unknown'><generic a='1' /></response>\n"
                        + "<response type='object' id='unknown'><generic b='2' /></response>\n");
    }

    @Test
    void textAfterANulByteIsNotSeen() {
        assertThat(xml("A: 1\r\n\r\n\0B: 2\r\n\r\n")).doesNotContain("b=");
        assertThat(ManagerPages.body(OutputFormat.RAW, false, "A\0B", List.of())).isEqualTo("A");
    }

    @Test
    void emptyInputGivesAnEmptyDocument() {
        assertThat(ManagerPages.body(OutputFormat.XML, false, "", List.of())).isEqualTo("<ajax-response>\n</ajax-response>\n");
    }
}
