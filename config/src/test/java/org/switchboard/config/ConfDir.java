package org.switchboard.config;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A configuration directory for a test: writes files as ISO-8859-1 bytes and reads them back. */
final class ConfDir {
    private final Path dir;

    ConfDir(Path dir) {
        this.dir = dir;
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    Path dir() {
        return dir;
    }

    Path write(String name, String text) {
        return writeBytes(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    Path writeBytes(String name, byte[] bytes) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    ConfigFile read(String name) throws ConfigException {
        return new ConfigReader(ConfigReadOptions.in(dir)).read(Path.of(name));
    }

    ConfigFile readWithExec(String name) throws ConfigException {
        return new ConfigReader(new ConfigReadOptions(dir, true)).read(Path.of(name));
    }

    /** Writes {@code text} as test.conf and reads it. */
    ConfigFile readText(String text) throws ConfigException {
        write("test.conf", text);
        return read("test.conf");
    }

    ConfigException failure(String name) {
        return catchThrowableOfType(ConfigException.class, () -> read(name));
    }

    ConfigException failureOfText(String text) {
        write("test.conf", text);
        return failure("test.conf");
    }

    /** "test.conf:N" as a ConfigException or notice location prints it. */
    String at(int line) {
        return path("test.conf") + ":" + line;
    }
}
