package org.switchboard.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The state one load of a file name carries from line to line (the locals of config.c
 * config_text_file_load): the category lines go to, the last thing created (which gets the
 * comments found at the end of the file), and the two comment buffers of the "with comments"
 * mode: comments waiting for the next item, and the comment of the current line.
 */
final class ParseScope {
    /** Where plain {@code name = value} lines go; starts as the includer's current category. */
    Category category;
    Category lastCategory;
    Variable lastVariable;
    Include lastInclude;
    /** The file being parsed, as a native path string (the key of the source tracker). */
    String fileName;

    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder sameLine = new StringBuilder();

    ParseScope(Category category) {
        this.category = category;
    }

    /** A new line starts: last line's unused same-line comment joins the waiting comments. */
    void startLine() {
        if (sameLine.length() > 0) {
            pending.append(sameLine);
            sameLine.setLength(0);
        }
    }

    void blankLine() {
        pending.append('\n');
    }

    void addComment(String text) {
        pending.append(text);
    }

    void addSameLineComment(String text) {
        sameLine.append(text);
    }

    /** Takes both buffers for a new category, variable or include, and empties them. */
    Comments takeComments() {
        Comments taken = new Comments(lines(pending), sameLine.length() == 0 ? null : withoutLineFeed(sameLine));
        resetComments();
        return taken;
    }

    /**
     * At the end of a file: the waiting comments (with the last line's comment, if any) when
     * there are some, else null. Both buffers are emptied either way.
     */
    List<String> takeTrailingComments() {
        List<String> trailing = null;
        if (pending.length() > 0) {
            pending.append(sameLine);
            trailing = lines(pending);
        }
        resetComments();
        return trailing;
    }

    void resetComments() {
        pending.setLength(0);
        sameLine.setLength(0);
    }

    void forgetLastItem() {
        lastCategory = null;
        lastVariable = null;
        lastInclude = null;
    }

    private static String withoutLineFeed(CharSequence text) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.subSequence(0, end).toString();
    }

    /** Splits at line feeds; a piece after the last line feed is kept as a line of its own. */
    private static List<String> lines(CharSequence text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.subSequence(start, i).toString());
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.subSequence(start, text.length()).toString());
        }
        return out;
    }

    /** The comments a new item takes. */
    record Comments(List<String> before, String sameLine) { }
}
