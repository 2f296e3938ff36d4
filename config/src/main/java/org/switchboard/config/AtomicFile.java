package org.switchboard.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file beside it, which is
 * flushed to disk and renamed over the target, and the directory entry is flushed too. A crash
 * leaves either the old file or the new one, never half of it. A symbolic link is followed (its
 * target is replaced, the link stays), and an existing file keeps its permissions.
 */
final class AtomicFile {
    private AtomicFile() { }

    static void write(Path target, byte[] content) throws IOException {
        Path real = resolveLinks(target);
        Path dir = real.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            copyPermissions(real, temp);
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    private static Path resolveLinks(Path target) throws IOException {
        Path p = target;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            Path link = Files.readSymbolicLink(p);
            p = p.toAbsolutePath().getParent().resolve(link);
        }
        return p;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            view.setPermissions(Files.readAttributes(from, PosixFileAttributes.class).permissions());
        } else {
            // what fopen(..., "w") gives under the usual umask 022 (the temp file starts as 0600)
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is harmless. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself was forced before the rename
        }
    }
}
