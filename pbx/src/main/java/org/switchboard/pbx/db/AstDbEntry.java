package org.switchboard.pbx.db;

import java.util.Objects;

/**
 * One AstDB row: the full key as stored ({@code /<family>/<key>}) and its value, both as byte
 * strings (one char per byte).
 */
public record AstDbEntry(String key, String value) {
    public AstDbEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
