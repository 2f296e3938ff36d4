package org.switchboard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What Asterisk's file cache remembers about one load (config.c struct cache_file_mtime): for each
 * file, the stamp seen when it was opened, the include patterns it named and whether it ran an
 * {@code #exec}. {@link #changed()} replays the check a reload makes with
 * {@code CONFIG_FLAG_FILEUNCHANGED}.
 */
final class SourceTracker {
    private final FileNames names;
    /** The native path (or pattern) of the top-level file, already resolved. */
    private final String topLevel;
    private final Map<String, Stamp> stamps = new HashMap<>();
    private final Map<String, Set<String>> includesByFile = new HashMap<>();
    private final Set<String> withExec = new HashSet<>();

    SourceTracker(FileNames names, String topLevel) {
        this.names = names;
        this.topLevel = topLevel;
    }

    /** A file is about to be parsed: forget its old includes and keep its stamp (cfmstat_save). */
    void opened(String file, BasicFileAttributes attributes) {
        stamps.put(file, Stamp.of(attributes));
        includesByFile.remove(file);
        withExec.remove(file);
    }

    /** A match that cannot be stat()ed or is not a regular file drops out of the cache (config_cache_remove). */
    void dropped(String file) {
        stamps.remove(file);
        includesByFile.remove(file);
        withExec.remove(file);
    }

    void includeSeen(String includer, String pattern) {
        includesByFile.computeIfAbsent(includer, k -> new LinkedHashSet<>()).add(pattern);
    }

    void execSeen(String includer) {
        withExec.add(includer);
    }

    /**
     * The top-level check: the first regular file the name expands to decides; it is unchanged
     * when its stamp matches, it ran no #exec, and every include it named is unchanged.
     */
    boolean changed() {
        for (String candidate : Glob.expand(topLevel)) {
            BasicFileAttributes now = stat(candidate);
            if (now == null || !now.isRegularFile()) {
                continue;
            }
            return !unchangedFile(candidate, now, new HashSet<>());
        }
        return true;
    }

    /**
     * The include check. Unlike the top level, a pattern that does not expand to exactly its own
     * name (a wildcard, or nothing at all) counts as changed, because deleted matches cannot be
     * seen. A file met again while it is being checked counts as unchanged: Asterisk would recurse
     * until it crashed on a file that includes itself.
     */
    private boolean unchangedInclude(String pattern, Set<String> visiting) {
        String file = names.resolve(pattern);
        List<String> matches = Glob.expand(file);
        if (matches.size() != 1 || !matches.get(0).equals(file)) {
            return false;
        }
        BasicFileAttributes now = stat(file);
        if (now == null || !now.isRegularFile()) {
            return false;
        }
        return unchangedFile(file, now, visiting);
    }

    private boolean unchangedFile(String file, BasicFileAttributes now, Set<String> visiting) {
        if (!visiting.add(file)) {
            return true;
        }
        Stamp seen = stamps.get(file);
        if (seen == null || withExec.contains(file) || !seen.equals(Stamp.of(now))) {
            return false;
        }
        for (String pattern : new ArrayList<>(includesByFile.getOrDefault(file, Set.of()))) {
            if (!unchangedInclude(pattern, visiting)) {
                return false;
            }
        }
        return true;
    }

    private static BasicFileAttributes stat(String file) {
        Path path = CStrings.toPath(file);
        if (path == null) {
            return null;
        }
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Size plus modification time to the nanosecond, as cfmstat_cmp compares them. */
    record Stamp(long size, FileTime modified) {
        Stamp {
            Objects.requireNonNull(modified, "modified");
        }

        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), FileTime.from(attributes.lastModifiedTime().toInstant()));
        }
    }
}
