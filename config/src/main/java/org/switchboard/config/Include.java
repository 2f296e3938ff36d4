package org.switchboard.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code #include}, {@code #tryinclude} or {@code #exec} line, kept so that a writer can put it
 * back where it stood (config.c ast_include_new / struct ast_config_include).
 *
 * <p>A {@code #exec} that was refused because {@code execIncludes} is off leaves no record, as in
 * Asterisk.
 */
public final class Include {

    /** Which directive it was. */
    public enum Kind { INCLUDE, TRYINCLUDE, EXEC }

    private final Kind kind;
    private final Location location;
    private final String argument;
    private final String savedName;
    private final List<Path> files = new ArrayList<>();
    private List<String> precomments = List.of();
    private String sameLineComment;
    private List<String> trailingComments = List.of();
    /** How many more times the same name was included (config.c inclusion_count). */
    private int inclusionCount;

    Include(Kind kind, Location location, String argument, String savedName) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.location = location;
        this.argument = Objects.requireNonNull(argument, "argument");
        this.savedName = Objects.requireNonNull(savedName, "savedName");
    }

    public Kind kind() { return kind; }

    /** The line holding the directive. */
    public Location location() { return location; }

    /** The file name or pattern (for {@link Kind#EXEC}: the command), with its quotes or {@code <>} removed. */
    public String argument() { return argument; }

    /**
     * The name Asterisk records for the included data: the argument, or {@code argument~~N} when the
     * same name was already included (Asterisk warns and would save the copy under that name); for
     * {@link Kind#EXEC} the temporary file the output went to.
     */
    public String savedName() { return savedName; }

    /** The files actually read through this directive, in order (none for a missing #tryinclude). */
    public List<Path> files() { return Collections.unmodifiableList(files); }

    /** Comment and blank lines above the directive, one entry per line ("" for a blank line). */
    public List<String> precomments() { return precomments; }

    /** The comment on the directive's own line, as Asterisk keeps it (see {@link Variable#sameLineComment()}), or null. */
    public String sameLineComment() { return sameLineComment; }

    /** Comment lines after the directive at the end of its file, or empty. */
    public List<String> trailingComments() { return trailingComments; }

    // --- package-private, for the reader ---

    void addFile(Path file) { files.add(file); }

    void setComments(List<String> pre, String sameLine) {
        this.precomments = List.copyOf(pre);
        this.sameLineComment = sameLine;
    }

    void setTrailingComments(List<String> trailing) { this.trailingComments = List.copyOf(trailing); }

    int nextInclusionCount() { return ++inclusionCount; }

    @Override
    public String toString() {
        return "#" + kind.name().toLowerCase(Locale.ROOT) + " \"" + argument + "\" at " + location;
    }
}
