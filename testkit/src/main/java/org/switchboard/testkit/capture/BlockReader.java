package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts what a server wrote on one connection into blocks, however the bytes were chunked: the
 * banner line (which Asterisk sends without a blank line after it) and then blank-line-terminated
 * messages. Feed text as it arrives; complete blocks come out, the rest waits.
 */
final class BlockReader {
    private static final String BANNER = "Asterisk Call Manager/";

    private final StringBuilder pending = new StringBuilder();
    private boolean atStart = true;

    /** Adds text; returns the blocks it completed, each with its CR LF line ends. */
    List<String> feed(String text) {
        pending.append(text);
        List<String> out = new ArrayList<>();
        if (atStart) {
            String head = pending.substring(0, Math.min(pending.length(), BANNER.length()));
            if (BANNER.startsWith(head) && head.length() < BANNER.length()) {
                return out;
            }
            if (head.equals(BANNER)) {
                int eol = pending.indexOf("\r\n");
                if (eol < 0) {
                    return out;
                }
                out.add(pending.substring(0, eol + 2));
                pending.delete(0, eol + 2);
            }
            atStart = false;
        }
        while (true) {
            int end = pending.indexOf("\r\n\r\n");
            if (end < 0) {
                return out;
            }
            out.add(pending.substring(0, end + 4));
            pending.delete(0, end + 4);
        }
    }

    /** Text received that does not end a block yet. */
    String leftover() {
        return pending.toString();
    }

    /** All complete blocks of a whole text. */
    static List<String> split(String text) {
        return new BlockReader().feed(text);
    }

    /** A block's lines without their CR LF (and without the blank line that ends it). */
    static List<String> lines(String block) {
        String body = block.endsWith("\r\n\r\n") ? block.substring(0, block.length() - 4)
                : block.endsWith("\r\n") ? block.substring(0, block.length() - 2) : block;
        return Arrays.asList(body.split("\r\n", -1));
    }

    /** The block as readable text for messages: one line per line, no CR. */
    static String show(String block) {
        return String.join("\n", lines(block));
    }
}
