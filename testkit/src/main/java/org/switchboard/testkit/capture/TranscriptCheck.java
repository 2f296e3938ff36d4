package org.switchboard.testkit.capture;

import java.util.Collection;
import java.util.Optional;

/**
 * Compares what a server sends, block by block as it arrives, with a {@link Transcript}; shared by
 * the live replay ({@link CaptureReplay}) and the offline comparison ({@link CaptureComparison}).
 * Methods throw {@link AssertionError} as soon as a difference is certain.
 */
interface TranscriptCheck {
    /** A block still to come: where, and a message that says which and why it is due. */
    record Pending(String connection, String message) { }

    /** What a comparison makes of events after all of a connection's captured blocks. */
    enum Tail {
        /**
         * The recording stopped, the server did not: events after the last captured block are
         * not a difference (for checks of what a test happened to collect, e.g. {@link StreamAssertions}).
         */
        OPEN,
        /**
         * The replay waited for everything the server had to say (CaptureReplay's Ping at the
         * end): an event after the captured blocks is a difference, but for the races the
         * capture README names.
         */
        CHECKED
    }

    /** A complete block arrived on {@code connection} after {@code epoch} client chunks had been sent. */
    void received(String connection, String block, int epoch);

    /**
     * The first block the capture had received before client chunk {@code epoch + 1} that has not
     * arrived, on one of these connections (those open so far).
     */
    Optional<Pending> unsettled(int epoch, Collection<String> connections);

    /** The first block of that connection that has not arrived. */
    Optional<Pending> unsettled(String connection);

    /** The client chunk to send instead of the captured one (identifiers mapped to the live ones). */
    String translate(String capturedClientData);

    /** Everything has been received: fails if a captured block is still missing. */
    void finish();

    /**
     * The engine for {@code mode} (AUTO decided already), with the end of each connection checked:
     * a block after a connection's captured ones fails unless captures/README.md names it as a race
     * (see {@link StreamComparison}, "The end"); the replay makes sure such blocks show up.
     */
    static TranscriptCheck create(Transcript transcript, ReplayMode mode, ReplayOptions options) {
        return mode == ReplayMode.STREAMS
                ? new StreamComparison(transcript, options.streamRules(), Tail.CHECKED)
                : new StrictComparison(transcript, options.strictRules(), Tail.CHECKED);
    }
}
