package org.switchboard.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code [name]} section. Variables are kept in file order, with the variables copied from
 * inherited templates first (Asterisk copies them when it reads {@code [name](tpl)}).
 *
 * <p>Mutable only through the package (the reader builds it; the writer edits it); everything
 * outside sees the read-only views.
 */
public final class Category {
    private String name;
    private final boolean template;
    private final List<String> inheritedTemplates;
    private final Location location;
    private final List<Variable> variables = new ArrayList<>();
    private final List<String> precomments;
    private final String sameLineComment;

    public Category(String name, boolean template, List<String> inheritedTemplates, Location location,
                    List<String> precomments, String sameLineComment) {
        this.name = Objects.requireNonNull(name, "name");
        this.template = template;
        this.inheritedTemplates = List.copyOf(inheritedTemplates);
        this.location = location;
        this.precomments = List.copyOf(precomments);
        this.sameLineComment = sameLineComment;
    }

    public Category(String name, Location location) {
        this(name, false, List.of(), location, List.of(), null);
    }

    public String name() { return name; }

    /** Declared with {@code (!)}: a template, never itself a user, context or queue. */
    public boolean isTemplate() { return template; }

    /** The names in {@code [name](a,b)}, in order. */
    public List<String> inheritedTemplates() { return inheritedTemplates; }

    public Location location() { return location; }
    public List<String> precomments() { return precomments; }
    public String sameLineComment() { return sameLineComment; }

    public List<Variable> variables() { return Collections.unmodifiableList(variables); }

    /** The first variable with that name, compared without case (as ast_variable_retrieve does). */
    public Optional<String> value(String key) {
        for (Variable v : variables) {
            if (v.name().equalsIgnoreCase(key)) {
                return Optional.of(v.value());
            }
        }
        return Optional.empty();
    }

    /** Every variable with that name, compared without case, in order. */
    public List<Variable> all(String key) {
        List<Variable> out = new ArrayList<>();
        for (Variable v : variables) {
            if (v.name().equalsIgnoreCase(key)) {
                out.add(v);
            }
        }
        return out;
    }

    // --- package-private mutators for the reader and writer ---

    void add(Variable v) { variables.add(v); }

    void set(int index, Variable v) { variables.set(index, v); }

    void insert(int index, Variable v) { variables.add(index, v); }

    Variable removeAt(int index) { return variables.remove(index); }

    void clear() { variables.clear(); }

    void rename(String newName) { this.name = Objects.requireNonNull(newName); }

    List<Variable> mutableVariables() { return variables; }

    @Override
    public String toString() {
        return "[" + name + "]" + (template ? "(!)" : "") + " " + variables;
    }
}
