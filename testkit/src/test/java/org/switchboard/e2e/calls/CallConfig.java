package org.switchboard.e2e.calls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The captures' configuration with test contexts appended to its extensions.conf. */
final class CallConfig {
    static final Path CAPTURE_ETC = Path.of("src/test/resources/captures/etc");

    private CallConfig() { }

    static String extensionsWith(String extra) {
        try {
            return Files.readString(CAPTURE_ETC.resolve("extensions.conf"), StandardCharsets.ISO_8859_1) + "\n" + extra;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
