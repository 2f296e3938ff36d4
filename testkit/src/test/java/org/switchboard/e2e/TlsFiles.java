package org.switchboard.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The manager.conf and the key directory of the TLS tests. */
public final class TlsFiles {
    private TlsFiles() { }

    /** TLS on 127.0.0.1 with this certificate and key, {@code extraGeneralLines} in [general], and admin. */
    public static String managerConf(Path certificate, Path privateKey, String extraGeneralLines) {
        return """
                [general]
                enabled = yes
                bindaddr = 127.0.0.1
                tlsenable = yes
                tlsbindaddr = 127.0.0.1
                tlscertfile = %s
                tlsprivatekey = %s
                %s

                [admin]
                secret = admin123
                read = all
                write = all
                """.formatted(certificate, privateKey, extraGeneralLines);
    }

    /** A new directory for certificates and keys. */
    public static Path keyDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the key directory and the files in it. */
    public static void delete(Path keyDirectory) throws IOException {
        try (var files = Files.list(keyDirectory)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(keyDirectory);
    }
}
