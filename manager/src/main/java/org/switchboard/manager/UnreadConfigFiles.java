package org.switchboard.manager;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;

/**
 * The {@code *.conf} files of the configuration directory that Switchboard never read. A real
 * Asterisk directory holds dozens (sip.conf, voicemail.conf, ...); they are named in one warning
 * at start-up, so the user knows they have no effect, without a line per file on every start.
 */
final class UnreadConfigFiles {
    private static final Logger log = LoggerFactory.getLogger(UnreadConfigFiles.class);

    private final Path configDir;
    private final Set<Path> read = ConcurrentHashMap.newKeySet();

    UnreadConfigFiles(Path configDir) {
        this.configDir = configDir;
    }

    /** Notes a file a loader asked for, read or missing, and everything it included. */
    void asked(String name, ConfigFile loaded) {
        read.add(configDir.resolve(name).normalize());
        if (loaded != null) {
            loaded.sources().forEach(s -> read.add(s.path().toAbsolutePath().normalize()));
        }
    }

    /** The names of the directory's {@code *.conf} files nobody asked for, sorted. */
    List<String> unread() {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(configDir, "*.conf")) {
            for (Path p : dir) {
                if (Files.isRegularFile(p) && !read.contains(p.toAbsolutePath().normalize())) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            log.debug("Cannot list {}: {}", configDir, e.getMessage());
        }
        return new ArrayList<>(names);
    }

    /** Logs the unread files once, as one warning; nothing when every file was read. */
    void warnOnce() {
        List<String> names = unread();
        if (!names.isEmpty()) {
            log.warn("Switchboard does not use {} file(s) of {}; they are ignored: {}", names.size(), configDir,
                    String.join(", ", names));
        }
    }
}
