package org.switchboard.config;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed Asterisk configuration file: its categories in order (a name may repeat, as in
 * Asterisk), the {@code #include} lines, the notices Asterisk would have logged while reading it,
 * and the files that went into it so that a reload can tell whether anything changed.
 */
public final class ConfigFile {
    private final Path path;
    private final List<Category> categories = new ArrayList<>();
    private final List<Include> includes = new ArrayList<>();
    private final List<SourceFile> sources = new ArrayList<>();
    private final List<ConfigNotice> notices = new ArrayList<>();
    private SourceTracker tracker;

    public ConfigFile(Path path) {
        this.path = path;
    }

    /** The top-level file that was read. */
    public Path path() { return path; }

    public List<Category> categories() { return Collections.unmodifiableList(categories); }

    /**
     * The first category with that name, compared without ASCII case, templates included
     * (Asterisk's ast_category_get would skip templates: filter with {@link Category#isTemplate()}).
     */
    public Optional<Category> category(String name) {
        for (Category c : categories) {
            if (CStrings.equalsIgnoreAsciiCase(c.name(), name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The first category with that name that is not a template, compared without ASCII case: the
     * section Asterisk's ast_variable_browse reads, so {@code [general](!)} is not [general].
     */
    public Optional<Category> section(String name) {
        for (Category c : categories) {
            if (!c.isTemplate() && CStrings.equalsIgnoreAsciiCase(c.name(), name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every category with that name, compared without ASCII case, in file order. */
    public List<Category> categories(String name) {
        List<Category> out = new ArrayList<>();
        for (Category c : categories) {
            if (CStrings.equalsIgnoreAsciiCase(c.name(), name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every {@code #include}, {@code #tryinclude} and {@code #exec} line, in the order they were met. */
    public List<Include> includes() { return Collections.unmodifiableList(includes); }

    /** The top-level file and every file pulled in by #include / #tryinclude, with their stamps, once each. */
    public List<SourceFile> sources() { return Collections.unmodifiableList(sources); }

    /** What Asterisk would have logged as WARNING or ERROR while reading, in order. */
    public List<ConfigNotice> notices() { return Collections.unmodifiableList(notices); }

    /**
     * Whether a reload would read the files again, decided as Asterisk's
     * {@code CONFIG_FLAG_FILEUNCHANGED} check does (config.c config_text_file_load): true when the
     * top-level file or any file it includes has another size or modification time, or is gone;
     * also always true when the read ran an {@code #exec}, when an include is a wildcard (or matches
     * nothing), and for a {@link ConfigReader#parse(Path, String) parsed text}.
     */
    public boolean changedSinceRead() {
        return tracker == null || tracker.changed();
    }

    // --- package-private mutators for the reader and writer ---

    void add(Category c) { categories.add(c); }

    void insert(int index, Category c) { categories.add(index, c); }

    boolean remove(Category c) { return categories.remove(c); }

    List<Category> mutableCategories() { return categories; }

    void addSource(SourceFile s) {
        for (SourceFile known : sources) {
            if (known.path().equals(s.path())) {
                return;
            }
        }
        sources.add(s);
    }

    void addInclude(Include include) { includes.add(include); }

    void addNotice(ConfigNotice notice) { notices.add(notice); }

    void setTracker(SourceTracker tracker) { this.tracker = tracker; }

    /**
     * A file that contributed to a ConfigFile, with the modification time (full precision, as
     * Asterisk compares seconds and nanoseconds) and size seen when it was read.
     */
    public record SourceFile(Path path, FileTime lastModified, long size) {
        public SourceFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(lastModified, "lastModified");
        }

        public long lastModifiedMillis() { return lastModified.toMillis(); }
    }
}
