package org.switchboard.config;

import java.util.List;
import java.util.Objects;

/**
 * One {@code name = value} line of a category, as Asterisk's config loader keeps it.
 *
 * <p>{@code object} is true for the {@code name => value} form (the writer must reproduce it).
 * Comments that stood above the line, and the comment on the same line, are kept so that a later
 * rewrite (UpdateConfig) leaves them in place.
 */
public final class Variable {
    private final String name;
    private final String value;
    private final boolean object;
    private final Location location;
    private final List<String> precomments;
    private final String sameLineComment;

    public Variable(String name, String value, boolean object, Location location,
                    List<String> precomments, String sameLineComment) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        this.object = object;
        this.location = location;
        this.precomments = List.copyOf(precomments);
        this.sameLineComment = sameLineComment;
    }

    public Variable(String name, String value, Location location) {
        this(name, value, false, location, List.of(), null);
    }

    public String name() { return name; }
    public String value() { return value; }
    /** True when written as {@code name => value}. */
    public boolean object() { return object; }
    /** May be null for variables made in memory. */
    public Location location() { return location; }
    public List<String> precomments() { return precomments; }
    /** The comment after the value on the same line, without the leading ';', or null. */
    public String sameLineComment() { return sameLineComment; }

    /** A copy carrying another value (used for {@code +=} and by the writer). */
    public Variable withValue(String newValue) {
        return new Variable(name, newValue, object, location, precomments, sameLineComment);
    }

    @Override
    public String toString() {
        return name + (object ? " => " : " = ") + value;
    }
}
