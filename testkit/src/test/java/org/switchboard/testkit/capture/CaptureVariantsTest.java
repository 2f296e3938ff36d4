package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.testkit.capture.Breakages.Broken;

/**
 * The comparison, run over every capture against other runs of it made in code: runs a faithful
 * server could produce (identifiers renumbered, clocks moved, streams interleaved otherwise, the
 * races of captures/README.md) must pass; broken runs must fail, and say where and why.
 */
class CaptureVariantsTest {
    static final Path CAPTURES = Path.of("src/test/resources/captures");
    private static final ReplayOptions STREAMS = ReplayOptions.defaults().withMode(ReplayMode.STREAMS);

    static Stream<String> captures() throws IOException {
        try (Stream<Path> files = Files.list(CAPTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    static Capture capture(String name) {
        try {
            return Capture.read(CAPTURES.resolve(name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean calls(Capture c) {
        return ReplayMode.AUTO.resolve(c) == ReplayMode.STREAMS;
    }

    private static Conversation renumberedAndShifted(Capture c) {
        Conversation conv = Conversation.of(c);
        return Variants.shiftTimes(Variants.renumber(conv, Transcript.of(c, STREAMS.burstGap()).clientIds()), calls(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aCaptureMatchesItselfInItsOwnMode(String name) {
        Capture c = capture(name);
        assertThatCode(() -> CaptureComparison.assertMatches(c, c)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void renumberedShiftedAndRechunkedCopyMatchesInItsOwnMode(String name) {
        Capture c = capture(name);
        Capture other = renumberedAndShifted(c).toCapture(new Random(name.hashCode()));
        assertThatCode(() -> CaptureComparison.assertMatches(c, other)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void streamsInterleavedOtherwiseMatchInStreamMode(String name) {
        Capture c = capture(name);
        for (int seed = 0; seed < 8; seed++) {
            Random random = new Random(31L * name.hashCode() + seed);
            Capture other = Variants.reorder(renumberedAndShifted(c), random).toCapture(random);
            assertThatCode(() -> CaptureComparison.assertMatches(c, other, STREAMS)).as("seed %d", seed)
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void theRacesOfTheReadmeMatchInStreamMode(String name) {
        Capture c = capture(name);
        Conversation base = renumberedAndShifted(c);
        List<Conversation> racy = List.of(
                Variants.otherHalfEndsLinkedId(base),
                Variants.channelListsReversed(base),
                Variants.deviceStateRepeats(base, true),
                Variants.deviceStateRepeats(base, false),
                Variants.dropTransientDeviceStates(base),
                Variants.dropTransientDeviceStates(Variants.deviceStateRepeats(Variants.otherHalfEndsLinkedId(base), false)));
        for (int i = 0; i < racy.size(); i++) {
            Random random = new Random(i);
            Capture other = Variants.reorder(racy.get(i), random).toCapture(random);
            assertThatCode(() -> CaptureComparison.assertMatches(c, other, STREAMS)).as("variant %d", i)
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aCapturesOwnIdentifiersAreFoundInTheOtherRun(String name) {
        Capture c = capture(name);
        assumeTrue(calls(c));
        Transcript t = Transcript.of(c, STREAMS.burstGap());
        StreamComparison check = new StreamComparison(t, FieldRules.calls(), TranscriptCheck.Tail.CHECKED);
        for (String conn : t.connections()) {
            for (Transcript.ExpectedBlock b : t.blocks(conn)) {
                check.received(conn, b.text(), b.epoch());
            }
        }
        check.finish();
        // with the capture itself, every identifier stands for itself
        assertThat(check.identities().bindings()).isNotEmpty()
                .allSatisfy(binding -> assertThat(binding.live()).isEqualTo(binding.captured()));
    }

    @Test
    void theVariantsChangeWhatTheySay() {
        Conversation g01 = Conversation.of(capture("G01_originate_app"));
        Conversation renumbered = Variants.renumber(g01, Set.of());
        assertThat(text(renumbered)).doesNotContain("0000084b").contains("Local/s@default-00001a7f;2")
                .contains("Uniqueid: 1795360209.11914");
        assertThat(text(Variants.shiftTimes(g01, true))).contains("EventTime: 2026-11-22 12:46:27", "Duration: 2", "Uptime: 7534");
        // G01's LINKEDID_END came from the ;2 half; the other run has the ;1 half send it
        assertThat(text(Variants.otherHalfEndsLinkedId(g01))).contains(
                "EventName: LINKEDID_END\r\nAccountCode: \r\nCallerIDnum: \r\nCallerIDname: \r\nCallerIDani: \r\n"
                        + "CallerIDrdnis: \r\nCallerIDdnid: \r\nExten: s\r\nContext: default\r\n"
                        + "Channel: Local/s@default-0000084b;1\r\n");
        assertThat(Variants.deviceStateRepeats(g01, true).serverBlocks()).hasSize(g01.serverBlocks().size() - 2);
        assertThat(Variants.deviceStateRepeats(g01, false).serverBlocks()).hasSize(g01.serverBlocks().size() + 2);
        // M04's call is over within one burst: INUSE was a passing state
        Conversation m04 = Conversation.of(capture("M04_lifecycle_order"));
        assertThat(text(Variants.dropTransientDeviceStates(m04))).doesNotContain("State: INUSE").contains("State: NOT_INUSE");
        // G01's CoreShowChannels listed ;2 first
        assertThat(text(Variants.channelListsReversed(g01)).indexOf("Channel: Local/s@default-0000084b;1\r\nChannelState: 6"))
                .isLessThan(text(Variants.channelListsReversed(g01)).indexOf("Channel: Local/s@default-0000084b;2\r\nChannelState: 6\r\n"
                        + "ChannelStateDesc: Up\r\nCallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\n"
                        + "ConnectedLineName: <unknown>\r\nLanguage: en\r\nAccountCode: \r\nContext: default\r\nExten: s\r\n"
                        + "Priority: 3\r\nUniqueid: 1795347864.4914\r\nLinkedid: 1795347864.4913\r\nChanVariable: foo=\r\n"
                        + "ChanVariable: does_not_exist=\r\nApplication: Echo\r\nApplicationData: \r\nDuration"));
        Conversation reordered = Variants.reorder(g01, new Random(1));
        assertThat(text(reordered)).isNotEqualTo(text(g01));
        assertThat(reordered.serverBlocks()).containsExactlyInAnyOrderElementsOf(g01.serverBlocks());
    }

    private static String text(Conversation c) {
        StringBuilder b = new StringBuilder();
        c.items.forEach(i -> b.append(i instanceof Conversation.Server s ? s.text()
                : ((Conversation.Client) i).step() instanceof Capture.Send send ? send.data() : ""));
        return b.toString();
    }

    // ---- broken runs ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void twoEventsOfOneChannelSwappedFail(String name) {
        Capture c = capture(name);
        assumeTrue(calls(c));
        assertFails(c, Breakages.swapInChannelStream(Conversation.of(c)), ReplayOptions.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aChangedHeaderFails(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.changedHeader(Conversation.of(c), calls(c)), ReplayOptions.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aChangedHeaderFailsInStreamMode(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.changedHeader(Conversation.of(c), true), STREAMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aUniqueidThatChangesFails(String name) {
        Capture c = capture(name);
        assumeTrue(calls(c));
        assertFails(c, Breakages.inconsistentUniqueid(Conversation.of(c)), ReplayOptions.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void twoUniqueidsOnOneLiveUniqueidFail(String name) {
        Capture c = capture(name);
        assumeTrue(calls(c));
        assertFails(c, Breakages.twoUniqueidsOnOne(Conversation.of(c)), ReplayOptions.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void theLastBlockOfAStreamMissingFails(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.lastOfStreamMissing(Conversation.of(c), calls(c)), ReplayOptions.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aBlockMissingInTheMiddleOfAStreamFails(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.middleOfStreamMissing(Conversation.of(c)), STREAMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void anExtraBlockFails(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.extraBlock(Conversation.of(c), calls(c)), ReplayOptions.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void anExtraBlockFailsInStreamMode(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.extraBlock(Conversation.of(c), true), STREAMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aBlockBeforeTheBurstThatCausedItFails(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.beforeItsBurst(Conversation.of(c)), STREAMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void linkedIdEndBeforeTheLastChanEndFails(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.linkedIdEndTooSoon(Conversation.of(c)), STREAMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void linkedIdEndOfAnotherCallFails(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.linkedIdEndFromAnotherCall(Conversation.of(c)), STREAMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aSettledDeviceStateMissingFails(String name) {
        Capture c = capture(name);
        assertFails(c, Breakages.settledDeviceStateMissing(Conversation.of(c)), STREAMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aClientChunkWithTheCapturedChannelNameFails(String name) {
        Capture c = capture(name);
        assumeTrue(calls(c));
        Conversation original = Conversation.of(c);
        Conversation renumbered = Variants.renumber(original, Transcript.of(c, STREAMS.burstGap()).clientIds());
        assertFails(c, Breakages.untranslatedClientChunk(original, renumbered), ReplayOptions.defaults());
    }

    private static void assertFails(Capture c, Optional<Broken> broken, ReplayOptions options) {
        assumeTrue(broken.isPresent(), "this breakage has no place in " + c.name());
        Capture other = broken.get().conversation().toCapture(null);
        var failure = assertThatThrownBy(() -> CaptureComparison.assertMatches(c, other, options))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(c.name());
        for (String fragment : broken.get().fragments()) {
            failure.hasMessageContaining(fragment);
        }
    }
}
