package org.switchboard.pbx.media;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.DigitWait;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.event.FileStreamChanged;
import org.switchboard.pbx.log.Verbose;

/**
 * Playing a sound file in PBX time (file.c ast_streamfile + ast_waitstream + ast_stopstream):
 * the verbose line and the stream begin/end events as Asterisk has them, the file's length from
 * the {@link SoundLibrary}, digits interrupting when the caller allows them.
 */
public final class StreamPlayer {
    /** The result when the file could not be opened (ast_streamfile failed). */
    public static final int OPEN_FAILED = -2;

    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private StreamPlayer() { }

    /**
     * Streams {@code file} and waits for its end. {@code breakOn} lists the digits that stop it
     * (null or "" for none; {@link DigitWait#ANY} for any). Completes with the digit that
     * interrupted, 0 at the end of the file, -1 on a hangup, {@link #OPEN_FAILED} when the file
     * cannot be opened (nothing was played).
     */
    public static CompletableFuture<Integer> play(Pbx pbx, SimChannel channel, String file, String language,
                                                  String breakOn) {
        if (!open(pbx, channel, file, language)) {
            return CompletableFuture.completedFuture(OPEN_FAILED);
        }
        String digits = breakOn == null ? "" : breakOn;
        return DigitWait.interruptibleWait(channel, pbx.sounds().duration(file), digits).thenApply(res -> {
            stop(pbx, channel);
            return res;
        });
    }

    /**
     * Plays the files one after the other until one is interrupted or fails to open; completes
     * as {@link #play} for the last one played (0 when all played to their end).
     */
    public static CompletableFuture<Integer> playAll(Pbx pbx, SimChannel channel, List<String> files, String language,
                                                     String breakOn) {
        return playFrom(pbx, channel, files, 0, language, breakOn);
    }

    private static CompletableFuture<Integer> playFrom(Pbx pbx, SimChannel channel, List<String> files, int index,
                                                       String language, String breakOn) {
        if (index >= files.size()) {
            return CompletableFuture.completedFuture(0);
        }
        return play(pbx, channel, files.get(index), language, breakOn).thenCompose(res -> res != 0
                ? CompletableFuture.completedFuture(res)
                : playFrom(pbx, channel, files, index + 1, language, breakOn));
    }

    /**
     * The answer Playback, Background and Read give a channel that is not up yet (ast_answer,
     * waiting for media): none with {@code noAnswer}. Completes with 0, or -1 on a hangup.
     */
    public static CompletableFuture<Integer> answerUnlessUp(SimChannel channel, boolean noAnswer) {
        if (channel.state() == org.switchboard.pbx.channel.ChannelState.UP || noAnswer) {
            return CompletableFuture.completedFuture(0);
        }
        return channel.answerAndWait(0);
    }

    /** ast_streamfile: false, with Asterisk's warnings, when the file does not exist. */
    private static boolean open(Pbx pbx, SimChannel channel, String file, String language) {
        List<String> formats = channel.nativeFormats();
        if (!pbx.sounds().exists(file)) {
            log.warn("File {} does not exist in any format", file);
            log.warn("Unable to open {} (format {}): No such file or directory", file,
                    formats.isEmpty() ? "(nothing)" : "(" + String.join("|", formats) + ")");
            return false;
        }
        String format = formats.isEmpty() ? "slin" : formats.get(0);
        String lang = language == null || language.isEmpty() ? "default" : language;
        channel.host().publish(new FileStreamChanged(channel.snapshot(), true, file, format, lang));
        Verbose.log(log, 3, "<" + channel.name() + "> Playing '" + file + "." + format + "' (language '" + lang + "')");
        return true;
    }

    /** ast_stopstream. */
    private static void stop(Pbx pbx, SimChannel channel) {
        if (!channel.isHungUp()) {
            channel.host().publish(new FileStreamChanged(channel.snapshot(), false, null, null, null));
        }
    }
}
