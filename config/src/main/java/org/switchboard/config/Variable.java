package org.switchboard.config;

import java.util.List;
import java.util.Objects;

/**
 * One {@code name = value} line of a category, as Asterisk's config loader keeps it.
 *
 * <p>{@code object} is true for the {@code name => value} form (the writer must reproduce it).
 * Comments that stood above the line, and the comment on the same line, are kept so that a later
 * rewrite (UpdateConfig) leaves them in place; they are stored exactly as Asterisk's
 * "with comments" load keeps them (config.c config_text_file_load).
 */
public final class Variable {
    private final String name;
    private final String value;
    private final boolean object;
    private final Location location;
    private final List<String> precomments;
    private final String sameLineComment;
    private final boolean inherited;
    private List<String> trailingComments = List.of();

    public Variable(String name, String value, boolean object, Location location,
                    List<String> precomments, String sameLineComment) {
        this(name, value, object, location, precomments, sameLineComment, false);
    }

    public Variable(String name, String value, Location location) {
        this(name, value, false, location, List.of(), null);
    }

    private Variable(String name, String value, boolean object, Location location,
                     List<String> precomments, String sameLineComment, boolean inherited) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        this.object = object;
        this.location = location;
        this.precomments = List.copyOf(precomments);
        this.sameLineComment = sameLineComment;
        this.inherited = inherited;
    }

    public String name() { return name; }
    public String value() { return value; }
    /** True when written as {@code name => value}. */
    public boolean object() { return object; }
    /** Where the line was read (for an inherited copy: the template's line). May be null for variables made in memory. */
    public Location location() { return location; }

    /**
     * Comment and blank lines above this line, one entry per line without its line feed
     * ({@code ""} for a blank line). Lines inside a {@code ;-- --;} block are kept whole; the
     * {@code ;--} and {@code --;} lines themselves are not, as in Asterisk.
     */
    public List<String> precomments() { return precomments; }

    /**
     * The comment after the value on the same line, or null. It is kept as Asterisk keeps it: from
     * the {@code ;} to the end of the line without the line feed, preceded by the blanks before the
     * {@code ;} unless there were at least two spaces (which Asterisk's writer puts back itself).
     * A line ending in CR LF leaves the CR here.
     */
    public String sameLineComment() { return sameLineComment; }

    /**
     * True for a copy made from a template or category named in {@code [name](tpl)}
     * (config.c ast_category_inherit); the writer leaves these out.
     */
    public boolean inherited() { return inherited; }

    /** Comment lines after this variable at the end of its file, or empty. */
    public List<String> trailingComments() { return trailingComments; }

    /** A copy carrying another value (used for {@code +=} and by the writer). */
    public Variable withValue(String newValue) {
        Variable copy = new Variable(name, newValue, object, location, precomments, sameLineComment, inherited);
        copy.trailingComments = trailingComments;
        return copy;
    }

    // --- package-private, for the reader ---

    /** The copy a category gets from a template it inherits: same line, no comments (config.c variable_clone). */
    Variable inheritedCopy() {
        return new Variable(name, value, object, location, List.of(), null, true);
    }

    /**
     * What {@code name += more} leaves in place of this variable: the new name and value, with this
     * one's line, object flag and comments (config.c ast_variable_update / ast_variable_move).
     */
    Variable replacedBy(String newName, String newValue) {
        Variable copy = new Variable(newName, newValue, object, location, precomments, sameLineComment, false);
        copy.trailingComments = trailingComments;
        return copy;
    }

    void setTrailingComments(List<String> trailing) { this.trailingComments = List.copyOf(trailing); }

    /**
     * What ast_variable_update leaves in place of this variable: the given name and value, this
     * one's line and comments, the object flag if either had it, and no longer inherited (config.c
     * ast_variable_move does not carry the flag over).
     */
    Variable updatedTo(String newName, String newValue, boolean newObject) {
        Variable copy = new Variable(newName, newValue, object || newObject, location, precomments, sameLineComment, false);
        copy.trailingComments = trailingComments;
        return copy;
    }

    @Override
    public String toString() {
        return name + (object ? " => " : " = ") + value;
    }
}
