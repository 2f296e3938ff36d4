package org.switchboard.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads Asterisk .conf files exactly as Asterisk 22's text config loader does (spec 01 §5.1;
 * config.c ast_config_load2 in "with comments" mode): categories, templates and inheritance,
 * {@code =}, {@code =>} and {@code +=}, comments, {@code #include}, {@code #tryinclude} and
 * {@code #exec}. Files are read as ISO-8859-1 so every byte survives.
 *
 * <p>Like Asterisk, it refuses a file only for the errors Asterisk refuses it for; everything
 * Asterisk merely logs ends up in {@link ConfigFile#notices()} (and in the log). An error inside
 * an included file is one of those: the rest of that file is skipped, the includer goes on.
 *
 * <p>Limits, as in Asterisk: lines longer than 8190 bytes are skipped, category names are cut to
 * 79 bytes, includes nest at most 10 deep. A reader is immutable and may be shared between threads.
 */
public final class ConfigReader {
    private final ConfigReadOptions options;

    public ConfigReader(ConfigReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        Objects.requireNonNull(options.configDir(), "options.configDir");
    }

    /**
     * Reads {@code file} (relative names resolve against the configuration directory; wildcards
     * are expanded as Asterisk does, every match being read in turn).
     *
     * @throws ConfigException MISSING when the file is absent, INVALID when Asterisk would refuse it
     */
    public ConfigFile read(Path file) throws ConfigException {
        String resolved = resolve(file);
        LoadState state = newState(resolved);
        LoadResult result = state.load(resolved, null);
        return outcome(state, resolved, result);
    }

    /**
     * Reads {@code text} as if it were the content of {@code file}: for tests and for text that
     * does not live on disk. Includes are still read from the configuration directory. A config
     * made this way always reports {@link ConfigFile#changedSinceRead()} as true.
     *
     * @throws ConfigException INVALID when Asterisk would refuse the text
     */
    public ConfigFile parse(Path file, String text) throws ConfigException {
        Objects.requireNonNull(text, "text");
        String resolved = resolve(file);
        LoadState state = newState(resolved);
        LoadResult result = state.loadText(resolved, text);
        return outcome(state, resolved, result);
    }

    private String resolve(Path file) {
        String name = file.toString();
        return file.isAbsolute() ? name : options.configDir() + "/" + name;
    }

    private LoadState newState(String resolved) {
        FileNames names = new FileNames(options.configDir().toString());
        ConfigFile config = new ConfigFile(Path.of(resolved));
        return new LoadState(options, names, config, new SourceTracker(names, resolved));
    }

    private static ConfigFile outcome(LoadState state, String resolved, LoadResult result) throws ConfigException {
        switch (result.status()) {
            case MISSING:
                throw new ConfigException(ConfigException.Kind.MISSING, null, resolved + ": " + result.missingReason());
            case INVALID:
                throw new ConfigException(ConfigException.Kind.INVALID, result.problem().location(),
                        result.problem().message());
            default:
                return state.config;
        }
    }
}
