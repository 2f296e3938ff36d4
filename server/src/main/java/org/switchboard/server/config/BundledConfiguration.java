package org.switchboard.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default configuration shipped in the jar ({@code bundled-etc/}), written out to a data
 * directory the first time the server starts without {@code --config-dir}. Files already there are
 * never overwritten, so edits survive; the admin secret is generated when manager.conf is written
 * and kept from then on.
 */
public final class BundledConfiguration {
    /** The files under {@code bundled-etc/} in the jar, written in this order. */
    public static final List<String> FILES =
            List.of("asterisk.conf", "modules.conf", "manager.conf", "extensions.conf", "acl.conf", "http.conf",
                    "pjsip.conf", "switchboard-endpoints.conf", "cdr.conf", "cdr_manager.conf", "cel.conf");
    /** The manager.conf user whose secret is generated. */
    public static final String ADMIN_USER = "admin";
    /** Stands for the admin secret in the bundled manager.conf. */
    static final String SECRET_PLACEHOLDER = "__ADMIN_SECRET__";
    static final int SECRET_LENGTH = 20;

    private static final String RESOURCE_DIR = "/bundled-etc/";
    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What {@link #materialise} did.
     *
     * @param directory       the configuration directory
     * @param written         the files written this time (empty when everything was there)
     * @param generatedSecret the admin secret, when manager.conf was written this time
     */
    public record Result(Path directory, List<Path> written, Optional<String> generatedSecret) { }

    private BundledConfiguration() { }

    /** Writes the bundled files missing from {@code directory}, creating it if needed. */
    public static Result materialise(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        Optional<String> secret = Optional.empty();
        for (String name : FILES) {
            Path target = directory.resolve(name);
            if (Files.exists(target)) {
                continue;
            }
            String text = bundledText(name);
            if (text.contains(SECRET_PLACEHOLDER)) {
                String generated = newSecret();
                text = text.replace(SECRET_PLACEHOLDER, generated);
                secret = Optional.of(generated);
            }
            writeAtomically(target, text, name.equals("manager.conf"));
            written.add(target);
        }
        return new Result(directory, List.copyOf(written), secret);
    }

    /** The bundled text of one file; config files are byte strings (ISO-8859-1). */
    static String bundledText(String name) {
        try (InputStream in = BundledConfiguration.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled file missing from the jar: " + RESOURCE_DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String newSecret() {
        StringBuilder secret = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
        }
        return secret.toString();
    }

    // DESIGN "Storage": config files are written to a temporary file and renamed into place
    private static void writeAtomically(Path target, String text, boolean secret) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, text.getBytes(StandardCharsets.ISO_8859_1));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // only manager.conf holds a secret; temporary files start owner-only
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
