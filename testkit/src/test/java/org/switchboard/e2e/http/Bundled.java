package org.switchboard.e2e.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The server module's bundled configuration and the README, as the documented sessions use them. */
final class Bundled {
    static final Path ETC = Path.of("../server/src/main/resources/bundled-etc");
    static final Path README = Path.of("../README.md");

    private Bundled() { }

    /** One bundled configuration file's text. */
    static String file(String name) {
        return read(ETC.resolve(name));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
