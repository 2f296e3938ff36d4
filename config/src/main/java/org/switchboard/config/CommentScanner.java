package org.switchboard.config;

import java.nio.file.Path;

/**
 * Removes comments from one line, as config.c config_text_file_load does in place on its line
 * buffer, and hands the removed text to the {@link ParseScope} comment buffers.
 *
 * <ul>
 *   <li>{@code ;} starts a comment to the end of the line, unless written {@code \;}: then the
 *       backslash is dropped and the {@code ;} stays (so {@code \\;} leaves {@code \;}).</li>
 *   <li>{@code ;--} (but not {@code ;---}) opens a block comment and {@code --;} closes one;
 *       blocks nest up to 128 deep and may span lines.</li>
 *   <li>A {@code --;} outside any block is not an error in Asterisk: the depth goes below zero and
 *       every later line of this load is a comment. That is kept.</li>
 * </ul>
 *
 * <p>The depth belongs to one load of a file name, so it carries over between the files a
 * wildcard matches but never into or out of an {@code #include}d file.
 */
final class CommentScanner {
    /** config.c MAX_NESTED_COMMENTS. */
    static final int MAX_NESTED_COMMENTS = 128;

    private final LoadState state;
    private int depth;
    private final int[] openedOnLine = new int[MAX_NESTED_COMMENTS];
    private int strayCloseLine;

    CommentScanner(LoadState state) {
        this.state = state;
    }

    /**
     * Strips the comments from {@code line} (which still ends with its line feed).
     *
     * @return the text left to parse, or null when the whole line is inside a block comment
     */
    String scan(String line, Location where, ParseScope scope) {
        char[] b = new char[line.length() + 1];
        line.getChars(0, line.length(), b, 0);
        int newBuf = 0;
        int processBuf = depth != 0 ? -1 : 0;
        int p;
        while ((p = indexOf(b, newBuf, ';')) >= 0) {
            if (p > newBuf && b[p - 1] == '\\') {
                // "\;" is a literal ';': drop the backslash and go on after the ';'
                newBuf = p;
                System.arraycopy(b, p, b, p - 1, length(b, p) + 1);
            } else if (b[p + 1] == '-' && b[p + 2] == '-' && b[p + 3] != '-') {
                newBuf = openBlock(b, p, where);
            } else if (p >= newBuf + 2 && b[p - 1] == '-' && b[p - 2] == '-') {
                depth--;
                if (depth < 0 && strayCloseLine == 0) {
                    strayCloseLine = where.line();
                }
                newBuf = p + 1;
                if (depth == 0) {
                    if (processBuf >= 0) {
                        // a block opened and closed on this line: keep it as a comment, join the rest
                        int blockStart = processBuf + length(b, processBuf);
                        scope.addComment(";" + CStrings.untilNul(new String(b, blockStart + 1, newBuf - blockStart - 1)));
                        System.arraycopy(b, newBuf, b, blockStart, length(b, newBuf) + 1);
                        newBuf = blockStart;
                    } else {
                        processBuf = newBuf;
                    }
                }
            } else if (depth == 0) {
                newBuf = cutLineComment(b, newBuf, p, scope);
            } else {
                newBuf = p + 1;
            }
        }
        if (depth != 0 && processBuf < 0) {
            scope.addComment(text(b, 0));
        }
        return processBuf < 0 ? null : text(b, processBuf);
    }

    /** After each file: Asterisk warns about a block still open (only a warning; the file stays valid). */
    void warnIfUnterminated(Path file) {
        if (depth > 0) {
            int line = openedOnLine[depth - 1];
            state.notice(ConfigNotice.Severity.WARNING, new Location(file, line),
                    "Unterminated comment detected beginning on line " + line);
        } else if (depth < 0) {
            // Asterisk reads outside its array here; say what actually happened instead
            state.notice(ConfigNotice.Severity.WARNING, new Location(file, strayCloseLine),
                    "Unbalanced '--;' on line " + strayCloseLine + ": every later line was read as a comment");
        }
    }

    private int openBlock(char[] b, int p, Location where) {
        if (depth < MAX_NESTED_COMMENTS) {
            b[p] = '\0';
            depth++;
            if (depth > 0) {
                openedOnLine[depth - 1] = where.line();
            }
        } else {
            // Asterisk logs this and then loops on the same ';' forever; skip the marker instead
            state.notice(ConfigNotice.Severity.ERROR, where,
                    "Maximum nest limit of " + MAX_NESTED_COMMENTS + " reached.");
        }
        return p + 3;
    }

    /**
     * A plain comment: it runs to the end of the line and becomes the line's same-line comment.
     * The blanks before the ';' stay with the comment, except that two leading spaces are left
     * out when the comment follows text (Asterisk's writer puts two spaces back).
     */
    private static int cutLineComment(char[] b, int newBuf, int p, ParseScope scope) {
        int start = p;
        while (start > newBuf && CStrings.isSpace(b[start - 1])) {
            start--;
        }
        if (start != newBuf && b[start] == ' ' && b[start + 1] == ' ') {
            start += 2;
        }
        scope.addSameLineComment(text(b, start));
        b[start] = '\0';
        return start;
    }

    private static int indexOf(char[] b, int from, char wanted) {
        for (int i = from; b[i] != '\0'; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int length(char[] b, int from) {
        int i = from;
        while (b[i] != '\0') {
            i++;
        }
        return i - from;
    }

    private static String text(char[] b, int from) {
        return new String(b, from, length(b, from));
    }
}
