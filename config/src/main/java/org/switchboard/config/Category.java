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
    /** config.c struct ast_category holds the name in char[80]. */
    static final int NAME_BUFFER = 80;

    private String name;
    private boolean template;
    private final List<String> inheritedTemplates;
    private final Location location;
    private final List<Variable> variables = new ArrayList<>();
    private final List<String> precomments;
    private final String sameLineComment;
    private List<String> trailingComments = List.of();

    public Category(String name, boolean template, List<String> inheritedTemplates, Location location,
                    List<String> precomments, String sameLineComment) {
        this.name = Objects.requireNonNull(name, "name");
        this.template = template;
        this.inheritedTemplates = new ArrayList<>(inheritedTemplates);
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

    /**
     * The categories named in {@code [name](a,b)}, in order, each spelled as that category's own
     * name; a later {@code [name](+,c)} adds to the list, as in Asterisk.
     */
    public List<String> inheritedTemplates() { return Collections.unmodifiableList(inheritedTemplates); }

    /** The header line. */
    public Location location() { return location; }

    /** Comment and blank lines above the header; see {@link Variable#precomments()}. */
    public List<String> precomments() { return precomments; }

    /** The comment on the header line; see {@link Variable#sameLineComment()}. */
    public String sameLineComment() { return sameLineComment; }

    /** Comment lines after the header at the end of its file when the category has no variable there. */
    public List<String> trailingComments() { return trailingComments; }

    public List<Variable> variables() { return Collections.unmodifiableList(variables); }

    /** The first variable with that name, compared without ASCII case (as ast_variable_retrieve does). */
    public Optional<String> value(String key) {
        for (Variable v : variables) {
            if (CStrings.equalsIgnoreAsciiCase(v.name(), key)) {
                return Optional.of(v.value());
            }
        }
        return Optional.empty();
    }

    /** Every variable with that name, compared without ASCII case, in order. */
    public List<Variable> all(String key) {
        List<Variable> out = new ArrayList<>();
        for (Variable v : variables) {
            if (CStrings.equalsIgnoreAsciiCase(v.name(), key)) {
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

    void markTemplate() { this.template = true; }

    /**
     * Records {@code base} as inherited and appends copies of its variables (config.c
     * ast_category_inherit). The copies are taken first, so that a category inheriting from itself
     * gets its variables once instead of looping forever as Asterisk would.
     */
    void inherit(Category base) {
        inheritedTemplates.add(base.name());
        List<Variable> copies = new ArrayList<>(base.variables.size());
        for (Variable v : base.variables) {
            copies.add(v.inheritedCopy());
        }
        variables.addAll(copies);
    }

    void setTrailingComments(List<String> trailing) { this.trailingComments = List.copyOf(trailing); }

    @Override
    public String toString() {
        return "[" + name + "]" + (template ? "(!)" : "") + " " + variables;
    }
}
