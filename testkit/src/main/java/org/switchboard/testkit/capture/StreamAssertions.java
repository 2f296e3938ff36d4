package org.switchboard.testkit.capture;

import java.time.Duration;
import java.util.List;

/**
 * For PBX tests: checks what one connection received against the blocks Asterisk would send, with
 * the tolerance of {@link StreamComparison} (identifiers mapped one to one, order kept per stream
 * only, times in shape, the device-state and LINKEDID_END races). There are no client chunks here,
 * so only the order within each stream counts.
 *
 * <pre>{@code
 * IdentityMap ids = StreamAssertions.assertBlocks(client.received().substring(mark), List.of(
 *         "Event: Newchannel\r\nPrivilege: call,all\r\nChannel: Local/s@default-0000084b;1\r\n...",
 *         "Event: Newchannel\r\n..."));
 * String liveName = ids.translate("Local/s@default-0000084b;2");
 * }</pre>
 *
 * <p>Expected blocks may use LF or CR LF line ends and may leave out the blank line at the end.
 * Every expected block must be received; a received block that fits none fails, except events that
 * come after all expected blocks have been received (as on a connection still open at the end of a
 * capture). Text after the last complete received block is ignored.
 */
public final class StreamAssertions {
    private static final String CONNECTION = "received";

    private StreamAssertions() { }

    /** Asserts with {@link FieldRules#calls()}; returns how captured identifiers map to the received ones. */
    public static IdentityMap assertBlocks(String received, List<String> expectedBlocks) {
        return assertBlocks(received, expectedBlocks, FieldRules.calls());
    }

    public static IdentityMap assertBlocks(String received, List<String> expectedBlocks, FieldRules rules) {
        StringBuilder all = new StringBuilder();
        expectedBlocks.forEach(b -> all.append(normalize(b)));
        Capture expected = Capture.of("expected blocks", List.of(
                new Capture.Connect(CONNECTION, Duration.ZERO),
                new Capture.Expect(CONNECTION, all.toString(), Duration.ZERO)));
        StreamComparison check = new StreamComparison(Transcript.of(expected, Duration.ZERO), rules,
                TranscriptCheck.Tail.OPEN);
        for (String block : BlockReader.split(received)) {
            check.received(CONNECTION, block, 0);
        }
        check.finish();
        return check.identities();
    }

    /** CR LF line ends, and the blank line that ends a message (the banner is one line on its own). */
    static String normalize(String block) {
        String b = block.replace("\r\n", "\n").replace("\n", "\r\n");
        while (b.endsWith("\r\n")) {
            b = b.substring(0, b.length() - 2);
        }
        boolean banner = b.startsWith("Asterisk Call Manager/") && !b.contains("\r\n");
        return b + (banner ? "\r\n" : "\r\n\r\n");
    }
}
