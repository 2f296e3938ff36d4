package org.switchboard.config;

import java.nio.file.Path;

/** Where a category or variable was read: the file (after includes are resolved) and its 1-based line. */
public record Location(Path file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
