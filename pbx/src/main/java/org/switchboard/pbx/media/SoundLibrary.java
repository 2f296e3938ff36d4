package org.switchboard.pbx.media;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sound files of the simulation: nothing is played, but every file has a length (so that
 * Playback, Background and the Say applications take PBX time as they would) and may be declared
 * missing (then it fails to open as a file absent on disk does).
 *
 * <p>The length of a file is, in this order: its own, set with {@link #define}; the length set
 * for the longest matching prefix ({@link #definePrefix}, {@code digits/} and {@code letters/}
 * start at 500 ms since Say* plays one file per digit or letter); the default, 2 s. Names are
 * compared as given, without extension or language.
 *
 * <p>Safe to configure from any thread while the core thread reads it.
 */
public final class SoundLibrary {
    /** The length of a file nothing else was said about. */
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(2);
    /** The length of one of the files the Say applications string together. */
    public static final Duration SAY_FILE_DURATION = Duration.ofMillis(500);

    private volatile Duration defaultDuration = DEFAULT_DURATION;
    private final Map<String, Duration> files = new ConcurrentHashMap<>();
    private final Map<String, Duration> prefixes = new ConcurrentHashMap<>();
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    public SoundLibrary() {
        for (String p : new String[] {"digits/", "letters/", "phonetic/"}) {
            prefixes.put(p, SAY_FILE_DURATION);
        }
    }

    /** The length of files without a length of their own. */
    public SoundLibrary defaultDuration(Duration d) {
        defaultDuration = requirePositive(d);
        return this;
    }

    /** Gives {@code file} a length (and makes it exist). */
    public SoundLibrary define(String file, Duration d) {
        files.put(file, requirePositive(d));
        missing.remove(file);
        return this;
    }

    /** Gives every file whose name starts with {@code prefix} a length. */
    public SoundLibrary definePrefix(String prefix, Duration d) {
        prefixes.put(prefix, requirePositive(d));
        return this;
    }

    /** Makes {@code file} missing: streaming it fails. */
    public SoundLibrary remove(String file) {
        missing.add(file);
        files.remove(file);
        return this;
    }

    /** Whether {@code file} can be played. */
    public boolean exists(String file) {
        return !file.isEmpty() && !missing.contains(file);
    }

    /** How long {@code file} plays. */
    public Duration duration(String file) {
        Duration own = files.get(file);
        if (own != null) {
            return own;
        }
        String best = null;
        for (String p : prefixes.keySet()) {
            if (file.startsWith(p) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best != null ? prefixes.get(best) : defaultDuration;
    }

    private static Duration requirePositive(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("a sound lasts a positive time: " + d);
        }
        return d;
    }
}
