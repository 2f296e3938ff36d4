package org.switchboard.config;

/**
 * Hands out a file's text the way {@code fgets(buf, size, f)} does: up to {@code size - 1}
 * characters, ending after the first line feed; {@link #eof()} turns true only once a read has
 * run into the end of the data, as feof() does. config.c's line numbers and its "line too long"
 * rule depend on exactly this.
 */
final class FgetsReader {
    private final String data;
    private final int chunk;
    private int position;
    private boolean eof;

    FgetsReader(String data, int bufferSize) {
        this.data = data;
        this.chunk = bufferSize - 1;
    }

    boolean eof() {
        return eof;
    }

    /** The next piece, or null at the end of the data. */
    String next() {
        if (position >= data.length()) {
            eof = true;
            return null;
        }
        int limit = Math.min(position + chunk, data.length());
        int lineFeed = data.indexOf('\n', position);
        int end;
        if (lineFeed >= 0 && lineFeed < limit) {
            end = lineFeed + 1;
        } else {
            end = limit;
            if (limit - position < chunk) {
                eof = true;
            }
        }
        String piece = data.substring(position, end);
        position = end;
        return piece;
    }
}
