package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the AMI decoder with arbitrary bytes (docs/hardening.md). The seeds are every byte a
 * client and a real Asterisk 22.10.1 sent each other in the captures, plus the framing corners of
 * spec 01 §1.2. What must hold for any input:
 *
 * <ul>
 *   <li>how the bytes are cut into reads never changes the messages (whole, byte by byte, and in
 *       uneven pieces give the same list);</li>
 *   <li>every kept line fits Asterisk's buffer (at most 1023 bytes), holds no LF and no NUL, and a
 *       message keeps at most 128 lines;</li>
 *   <li>when nothing was cut short (no NUL, no over-long line, no message over 128 lines), the
 *       messages give back the input exactly, CR LF read as LF;</li>
 *   <li>every reply built from a decoded ActionID decodes to the same lines again.</li>
 * </ul>
 */
class AmiParserFuzzTest {
    private static final int MAX_CONTENT = AmiLimits.ASTERISK.lineBufferBytes() - 1;

    @FuzzTest(maxDuration = "5m")
    void decoder(byte[] input) {
        List<AmiMessage> whole = decode(input, input.length);
        assertThat(decode(input, 1)).isEqualTo(whole);
        assertThat(decode(input, 2 + input.length % 97)).isEqualTo(whole);

        for (AmiMessage m : whole) {
            List<String> lines = m.headers().lines();
            assertThat(lines.size()).isLessThanOrEqualTo(AmiLimits.ASTERISK.maxHeaders());
            for (String line : lines) {
                // plain checks: this loop runs for every line of every input while fuzzing
                if (line.isEmpty() || line.length() > MAX_CONTENT || line.indexOf('\n') >= 0 || line.indexOf('\0') >= 0) {
                    throw new AssertionError("bad header line (" + line.length() + " chars): " + line);
                }
            }
            // header lookups never fail, whatever the lines hold
            m.action();
            m.actionId();
            m.headers().all(lines.isEmpty() ? "Variable" : lines.get(0).split(":", 2)[0]);
            assertReplyRoundTrips(m.actionId());
        }
        if (nothingCutShort(input, whole)) {
            assertLossless(input, whole);
        }
    }

    private static List<AmiMessage> decode(byte[] input, int piece) {
        AmiParser parser = new AmiParser(AmiLimits.ASTERISK);
        List<AmiMessage> out = new ArrayList<>();
        for (int from = 0; from < input.length; from += piece) {
            parser.feed(ByteBuffer.wrap(input, from, Math.min(piece, input.length - from)), out::add);
        }
        return out;
    }

    private static void assertReplyRoundTrips(String actionId) {
        AmiResponse reply = AmiResponse.error(AmiError.MISSING_ACTION);
        List<AmiMessage> back = decode(Latin1.encode(reply.encode(actionId)), 64);
        List<String> expected = new ArrayList<>();
        expected.add("Response: Error");
        if (!actionId.isEmpty()) {
            expected.add("ActionID: " + actionId);
        }
        expected.add("Message: " + AmiError.MISSING_ACTION.text());
        assertThat(back).hasSize(1);
        assertThat(back.get(0).headers().lines()).isEqualTo(expected);
    }

    private static boolean nothingCutShort(byte[] input, List<AmiMessage> messages) {
        for (byte b : input) {
            if (b == 0) {
                return false;
            }
        }
        return messages.stream().allMatch(AmiMessage::wellFormed) && longestLine(input) < MAX_CONTENT;
    }

    /** The longest line without its terminator; a CR before the LF is counted. */
    private static int longestLine(byte[] input) {
        int longest = 0;
        int current = 0;
        for (byte b : input) {
            current = b == '\n' ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    private static void assertLossless(byte[] input, List<AmiMessage> messages) {
        StringBuilder rebuilt = new StringBuilder();
        for (AmiMessage m : messages) {
            for (String line : m.headers().lines()) {
                rebuilt.append(line).append('\n');
            }
            rebuilt.append('\n');
        }
        String normalised = Latin1.decode(input).replace("\r\n", "\n");
        assertThat(normalised).startsWith(rebuilt.toString());
        String rest = normalised.substring(rebuilt.length());
        // what is left is one unfinished message: no blank line in it
        assertThat(("\n" + rest).contains("\n\n")).as("an unfinished message holds no blank line").isFalse();
    }
}
