package org.switchboard.config;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one {@link ConfigReader} call shares across the top-level file and its includes (the
 * {@code struct ast_config} being filled): the categories, the current category, the include
 * depth, the include records and the file cache entries.
 */
final class LoadState {
    /** config.c MAX_INCLUDE_LEVEL. */
    static final int MAX_INCLUDE_LEVEL = 10;

    private static final Logger LOG = LoggerFactory.getLogger(ConfigReader.class);

    final ConfigReadOptions options;
    final FileNames names;
    final ConfigFile config;
    final SourceTracker tracker;
    /** cfg->current: the category an included file starts in. */
    private Category current;
    private int includeLevel;

    LoadState(ConfigReadOptions options, FileNames names, ConfigFile config, SourceTracker tracker) {
        this.options = options;
        this.names = names;
        this.config = config;
        this.tracker = tracker;
        config.setTracker(tracker);
    }

    /**
     * Loads a file name (a native path or pattern) into this config: ast_config_internal_load.
     * Past the maximum depth it refuses, which the includer reports as a missing file. The depth
     * is not given back after an invalid file, exactly as in Asterisk.
     */
    LoadResult load(String nativePattern, Location includedFrom) {
        if (includeLevel == MAX_INCLUDE_LEVEL + 1) {
            notice(ConfigNotice.Severity.WARNING, includedFrom,
                    "Maximum Include level (" + MAX_INCLUDE_LEVEL + ") exceeded");
            return LoadResult.missing("too deeply included");
        }
        includeLevel++;
        LoadResult result = new TextFileLoad(this).run(nativePattern);
        if (result.status() != LoadResult.Status.INVALID) {
            includeLevel--;
        }
        return result;
    }

    /** Loads text that stands for the top-level file {@code nativePath}. */
    LoadResult loadText(String nativePath, String text) {
        includeLevel++;
        LoadResult result = new TextFileLoad(this).runText(nativePath, text);
        if (result.status() != LoadResult.Status.INVALID) {
            includeLevel--;
        }
        return result;
    }

    Category current() {
        return current;
    }

    void makeCurrent(Category category) {
        current = category;
    }

    /** ast_category_append: the new category also becomes the current one. */
    void append(Category category) {
        config.add(category);
        current = category;
    }

    /** The first category matching name and filter (config.c category_get_sep without pointer matching). */
    Category findCategory(String name, String filter, char sep, Location where) {
        for (Category candidate : config.categories()) {
            if (CategoryFilter.matches(candidate, name, filter, sep,
                    error -> notice(ConfigNotice.Severity.ERROR, where, error))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Records an include line (config.c ast_include_new). A name included before gets a
     * {@code name~~N} saved name and Asterisk's warning.
     */
    Include newInclude(Include.Kind kind, Location where, String loadName, String argument) {
        String savedName = loadName;
        Include earlier = findInclude(loadName);
        if (earlier != null) {
            do {
                savedName = loadName + "~~" + earlier.nextInclusionCount();
            } while (existsRelativeToWorkingDirectory(savedName));
            notice(ConfigNotice.Severity.WARNING, where, "Same File included more than once! This data will be saved in "
                    + savedName + " if saved back to disk.");
        }
        Include include = new Include(kind, where, argument, savedName);
        config.addInclude(include);
        return include;
    }

    private Include findInclude(String savedName) {
        for (Include include : config.includes()) {
            if (include.savedName().equals(savedName)) {
                return include;
            }
        }
        return null;
    }

    /** Asterisk stat()s the bare "name~~N", so a relative one is looked up in the process's directory. */
    private static boolean existsRelativeToWorkingDirectory(String name) {
        Path path = CStrings.toPath(CStrings.toNativeName(name));
        return path != null && Files.exists(path);
    }

    ConfigNotice notice(ConfigNotice.Severity severity, Location where, String message) {
        ConfigNotice notice = new ConfigNotice(severity, where, message);
        config.addNotice(notice);
        if (severity == ConfigNotice.Severity.ERROR) {
            LOG.error("{}", notice);
        } else {
            LOG.warn("{}", notice);
        }
        return notice;
    }
}
