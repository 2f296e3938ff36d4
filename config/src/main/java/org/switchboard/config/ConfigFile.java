package org.switchboard.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Asterisk configuration file: its categories in order (a name may repeat, as in
 * Asterisk), plus the files that went into it through {@code #include} so that a reload can tell
 * whether anything changed.
 */
public final class ConfigFile {
    private final Path path;
    private final List<Category> categories = new ArrayList<>();
    private final List<SourceFile> sources = new ArrayList<>();

    public ConfigFile(Path path) {
        this.path = path;
    }

    /** The top-level file that was read. */
    public Path path() { return path; }

    public List<Category> categories() { return Collections.unmodifiableList(categories); }

    /** The first category with that name, compared without case. */
    public Optional<Category> category(String name) {
        for (Category c : categories) {
            if (c.name().equalsIgnoreCase(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every category with that name, compared without case, in file order. */
    public List<Category> categories(String name) {
        List<Category> out = new ArrayList<>();
        for (Category c : categories) {
            if (c.name().equalsIgnoreCase(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The top-level file and every file pulled in by #include / #tryinclude, with their stamps. */
    public List<SourceFile> sources() { return Collections.unmodifiableList(sources); }

    // --- package-private mutators for the reader and writer ---

    void add(Category c) { categories.add(c); }

    void insert(int index, Category c) { categories.add(index, c); }

    boolean remove(Category c) { return categories.remove(c); }

    List<Category> mutableCategories() { return categories; }

    void addSource(SourceFile s) { sources.add(s); }

    /** A file that contributed to a ConfigFile, with the modification time and size seen at read time. */
    public record SourceFile(Path path, long lastModifiedMillis, long size) { }
}
