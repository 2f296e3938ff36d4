package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AmiParserTest {

    private static final String LOGIN = "Action: Login\r\nUsername: admin\r\nSecret: s3cret\r\nActionID: 1\r\n\r\n";

    private static List<AmiMessage> parse(String wire) {
        return parse(new AmiParser(AmiLimits.ASTERISK), wire.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<AmiMessage> parse(AmiParser parser, byte[] wire) {
        List<AmiMessage> out = new ArrayList<>();
        parser.feed(ByteBuffer.wrap(wire), out::add);
        return out;
    }

    @Test
    void decodesALoginAtEverySplitPoint() {
        byte[] wire = LOGIN.getBytes(StandardCharsets.ISO_8859_1);
        AmiMessage expected = AmiMessage.of("Action: Login", "Username: admin", "Secret: s3cret", "ActionID: 1");
        for (int cut = 0; cut <= wire.length; cut++) {
            AmiParser parser = new AmiParser(AmiLimits.ASTERISK);
            List<AmiMessage> got = new ArrayList<>();
            parser.feed(ByteBuffer.wrap(wire, 0, cut), got::add);
            parser.feed(ByteBuffer.wrap(wire, cut, wire.length - cut), got::add);
            assertThat(got).as("cut at %d", cut).containsExactly(expected);
            assertThat(parser.idle()).isTrue();
        }
    }

    @Test
    void decodesByteByByte() {
        AmiParser parser = new AmiParser(AmiLimits.ASTERISK);
        List<AmiMessage> got = new ArrayList<>();
        for (byte b : (LOGIN + LOGIN).getBytes(StandardCharsets.ISO_8859_1)) {
            parser.feed(ByteBuffer.wrap(new byte[] {b}), got::add);
        }
        assertThat(got).hasSize(2);
    }

    @Test
    void acceptsBareLfAndKeepsALoneCrInsideTheLine() {
        // spec 01 §1.2: CR LF or bare LF ends a line; a lone CR stays in it
        List<AmiMessage> got = parse("Action: Ping\nActionID: a\rb\r\n\n");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).headers().lines()).containsExactly("Action: Ping", "ActionID: a\rb");
    }

    @Test
    void aCrBeforeCrLfStaysInTheLine() {
        List<AmiMessage> got = parse("Action: Ping\r\r\n\r\n");
        assertThat(got.get(0).headers().lines()).containsExactly("Action: Ping\r");
    }

    @Test
    void aBlankLineAloneIsAnEmptyMessage() {
        // spec 01 §1.2: a stray CR LF is a message with no headers
        List<AmiMessage> got = parse("\r\n\r\n");
        assertThat(got).hasSize(2);
        assertThat(got.get(0).headers().isEmpty()).isTrue();
        assertThat(got.get(0).wellFormed()).isTrue();
    }

    @Test
    void tenThousandEmptyLinesAreTenThousandEmptyMessages() {
        List<AmiMessage> got = parse("\r\n".repeat(10_000));
        assertThat(got).hasSize(10_000).allMatch(m -> m.headers().isEmpty());
    }

    @Test
    void aNulCutsTheLine() {
        List<AmiMessage> got = parse("Action: Ping\0garbage\r\nActionID: x\r\n\r\n");
        assertThat(got.get(0).headers().lines()).containsExactly("Action: Ping", "ActionID: x");
    }

    @Test
    void aLineStartingWithNulCountsAsBlank() {
        // the line is a C string: an initial NUL makes it empty, which ends the message
        List<AmiMessage> got = parse("Action: Ping\r\n\0junk\r\n");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).headers().lines()).containsExactly("Action: Ping");
    }

    @Test
    void aLineOf1022BytesWithCrLfFits() {
        String value = "y".repeat(1022 - "X: ".length());
        List<AmiMessage> got = parse("Action: Ping\r\nX: " + value + "\r\n\r\n");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).wellFormed()).isTrue();
        assertThat(got.get(0).header("X")).isEqualTo(value);
    }

    @Test
    void aLineOf1023BytesWithBareLfFits() {
        String value = "y".repeat(1023 - "X: ".length());
        List<AmiMessage> got = parse("Action: Ping\nX: " + value + "\n\n");
        assertThat(got.get(0).wellFormed()).isTrue();
    }

    @Test
    void aLineOf1023BytesWithCrLfOverflowsAndItsKeptCrEndsTheMessage() {
        // 1023 content bytes + CR fill the 1024-byte buffer: Asterisk keeps only the CR, which then
        // pairs with the LF into a blank line that closes the message (with the error)
        String value = "y".repeat(1023 - "X: ".length());
        List<String> discarded = new ArrayList<>();
        AmiParser parser = new AmiParser(AmiLimits.ASTERISK, discarded::add);
        List<AmiMessage> got = parse(parser, ("Action: Ping\r\nActionID: z\r\nX: " + value + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(got).hasSize(1);
        assertThat(got.get(0).problem()).isEqualTo(ParseProblem.LINE_TOO_LONG);
        assertThat(got.get(0).actionId()).isEqualTo("z");
        assertThat(discarded).containsExactly("X: yyyyyyyyyyyyyyyyyyyyyy");
    }

    @Test
    void theB03LongLineIsReportedWhenTheBlankLineArrives() {
        // captures/B03_case_and_errors.txt: a 2000-byte header, then the reply names the ActionID
        String wire = "Action: Ping\r\nActionID: long\r\nX-Long: " + "y".repeat(2000) + "\r\n\r\n"
                + "Action: Ping\r\nActionID: alive\r\n\r\n";
        List<AmiMessage> got = parse(wire);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).problem()).isEqualTo(ParseProblem.LINE_TOO_LONG);
        assertThat(got.get(0).actionId()).isEqualTo("long");
        assertThat(got.get(1).problem()).isEqualTo(ParseProblem.NONE);
        assertThat(got.get(1).actionId()).isEqualTo("alive");
    }

    @Test
    void theRestOfALongLineBecomesAnOrdinaryHeaderLine() {
        String wire = "Action: Ping\r\n" + "z".repeat(1500) + "\r\n\r\n";
        List<AmiMessage> got = parse(wire);
        // 1024 bytes overflow, the last 'z' is kept, then 476 more z's arrive before CR LF
        assertThat(got.get(0).headers().lines()).containsExactly("Action: Ping", "z".repeat(1500 - 1023));
    }

    @Test
    void moreThan128HeadersAreDroppedAndFlagged() {
        StringBuilder b = new StringBuilder("Action: Ping\r\nActionID: many\r\n");
        for (int i = 0; i < 130; i++) {
            b.append("X-H").append(i).append(": v\r\n");
        }
        b.append("\r\n");
        List<AmiMessage> got = parse(b.toString());
        assertThat(got).hasSize(1);
        assertThat(got.get(0).problem()).isEqualTo(ParseProblem.TOO_MANY_HEADERS);
        assertThat(got.get(0).headers().size()).isEqualTo(128);
        assertThat(got.get(0).actionId()).isEqualTo("many");
    }

    @Test
    void exactly128HeadersAreFine() {
        StringBuilder b = new StringBuilder("Action: Ping\r\n");
        for (int i = 0; i < 127; i++) {
            b.append("X-H").append(i).append(": v\r\n");
        }
        List<AmiMessage> got = parse(b.append("\r\n").toString());
        assertThat(got.get(0).wellFormed()).isTrue();
        assertThat(got.get(0).headers().size()).isEqualTo(128);
    }

    @Test
    void tooManyHeadersLeavesAPendingLineTooLongForTheNextMessage() {
        // manager.c do_message: the too-many-lines reply does not clear the parse flag (quirk)
        StringBuilder b = new StringBuilder("Action: Ping\r\n" + "q".repeat(1100) + "\r\n");
        for (int i = 0; i < 130; i++) {
            b.append("X: v\r\n");
        }
        b.append("\r\nAction: Ping\r\n\r\nAction: Ping\r\n\r\n");
        List<AmiMessage> got = parse(b.toString());
        assertThat(got).extracting(AmiMessage::problem).containsExactly(
                ParseProblem.TOO_MANY_HEADERS, ParseProblem.LINE_TOO_LONG, ParseProblem.NONE);
    }

    @Test
    void binaryGarbageNeverBreaksFraming() {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(garbage);
        AmiParser parser = new AmiParser(AmiLimits.ASTERISK);
        List<AmiMessage> got = parse(parser, garbage);
        // whatever it made of the noise, a clean message afterwards is read intact
        got.clear();
        parse(parser, "\r\n\r\nAction: Ping\r\nActionID: after\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))
                .forEach(got::add);
        assertThat(got).last().extracting(AmiMessage::actionId).isEqualTo("after");
    }

    @Test
    void bytesAboveAsciiRoundTripAsLatin1Chars() {
        byte[] wire = {'X', ':', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '\r', '\n', '\r', '\n'};
        List<AmiMessage> got = parse(new AmiParser(AmiLimits.ASTERISK), wire);
        assertThat(Latin1.encode(got.get(0).header("X"))).containsExactly((byte) 0xC3, (byte) 0xA9, (byte) 0xFF);
    }

    @Test
    void readsFromDirectBuffers() {
        ByteBuffer direct = ByteBuffer.allocateDirect(LOGIN.length());
        direct.put(LOGIN.getBytes(StandardCharsets.ISO_8859_1)).flip();
        List<AmiMessage> got = new ArrayList<>();
        new AmiParser(AmiLimits.ASTERISK).feed(direct, got::add);
        assertThat(got).hasSize(1);
        assertThat(direct.hasRemaining()).isFalse();
    }
}
