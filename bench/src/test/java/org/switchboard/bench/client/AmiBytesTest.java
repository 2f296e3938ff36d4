package org.switchboard.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AmiBytesTest {

    private static byte[] buffer(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The obvious scanner the eight-bytes-at-a-time one must agree with. */
    private static List<Integer> naiveEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i - 3 >= start && text.startsWith("\r\n\r\n", i - 3)) {
                ends.add(i + 1);
                start = i + 1;
            }
        }
        return ends;
    }

    private static List<Integer> scannedEnds(byte[] buf, int length) {
        List<Integer> ends = new ArrayList<>();
        int start = 0;
        int end;
        while ((end = AmiBytes.findMessageEnd(buf, start, start, length)) >= 0) {
            ends.add(end);
            start = end;
        }
        return ends;
    }

    @Test
    void findsTheBlankLineThatEndsEachMessage() {
        String text = "Response: Success\r\nActionID: 1\r\n\r\nEvent: UserEvent\r\nPrivilege: user,all\r\n\r\n";
        assertThat(scannedEnds(buffer(text), text.length()))
                .containsExactly(text.indexOf("Event:"), text.length());
    }

    @Test
    void agreesWithTheObviousScannerOnRandomLineEndsAndBytes() {
        Random random = new Random(7);
        String alphabet = "\r\n\r\n\r\nab:\u000b\u0001 \r";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(120);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(scannedEnds(buffer(text), text.length())).as("text %s", text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(naiveEnds(text));
        }
    }

    @Test
    void doesNotEndAMessageOnBytesBeforeItsStart() {
        String text = "A: 1\r\n\r\n\r\nB: 2\r\n\r\n";
        // scanning the second message from its own start must not use the first one's line ends
        assertThat(AmiBytes.findMessageEnd(buffer(text), 8, 8, text.length())).isEqualTo(text.length());
    }

    @Test
    void reportsNoEndUntilTheBlankLineIsComplete() {
        String text = "Response: Success\r\n\r";
        assertThat(AmiBytes.findMessageEnd(buffer(text), 0, 0, text.length())).isEqualTo(-1);
    }

    @Test
    void findsAHeaderOnlyAtTheStartOfALine() {
        String text = "Event: UserEvent\r\nNote: xActionID: 9\r\nActionID: 42\r\n\r\n";
        byte[] buf = buffer(text);
        int v = AmiBytes.valueStart(buf, 0, text.length(), AmiBytes.ascii("ActionID: "));
        assertThat(v).isEqualTo(text.indexOf("42"));
        assertThat(AmiBytes.decimalHeader(buf, 0, text.length(), AmiBytes.ascii("ActionID: "))).isEqualTo(42);
        assertThat(AmiBytes.decimalHeader(buf, 0, text.length(), AmiBytes.ascii("Missing: "))).isEqualTo(-1);
    }

    @Test
    void findsTheFirstLineFeedAnywhere() {
        for (int at = 0; at < 40; at++) {
            String text = "a".repeat(at) + "\n" + "b\n";
            assertThat(AmiBytes.indexOfLf(buffer(text), 0, text.length())).isEqualTo(at);
        }
        assertThat(AmiBytes.indexOfLf(buffer("\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b"), 0, 9)).isEqualTo(-1);
    }

    @Test
    void readsADecimalUpToTheFirstNonDigit() {
        byte[] buf = buffer("12345\r\nx");
        assertThat(AmiBytes.parseDecimal(buf, 0, 8)).isEqualTo(12345);
        assertThat(AmiBytes.parseDecimal(buf, 5, 8)).isEqualTo(-1);
    }

    @Test
    void comparesAWholeValue() {
        String text = "Response: Success\r\nResponse: Successful\r\n\r\n";
        byte[] buf = buffer(text);
        byte[] success = AmiBytes.ascii("Success");
        assertThat(AmiBytes.valueEquals(buf, 10, text.length(), success)).isTrue();
        assertThat(AmiBytes.valueEquals(buf, text.indexOf("Successful"), text.length(), success)).isFalse();
    }
}
