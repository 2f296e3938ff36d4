package org.switchboard.manager.config;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.switchboard.config.ConfigException;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;
import org.switchboard.config.ConfigWriter;

/**
 * Which configuration files the config actions may touch (spec 01 §3.5; manager.c
 * is_restricted_file), and reading and writing them. Names are byte strings from the request.
 *
 * <p>The prefix test uses the configuration directory's real path where Asterisk uses the
 * configured string, so a configuration directory reached through a symbolic link does not make
 * every file "restricted".
 */
final class ConfigFileAccess {
    /** What is_restricted_file answers. */
    enum Verdict { ALLOWED, RESTRICTED, FAILED }

    private final Path configDir;
    private final String realConfigDir;
    private final BooleanSupplier liveDangerously;
    private final BooleanSupplier execIncludes;
    private final ConfigWriter writer;

    ConfigFileAccess(Path configDir, BooleanSupplier liveDangerously, BooleanSupplier execIncludes, ConfigWriter writer) {
        this.configDir = configDir;
        this.realConfigDir = realPathOf(configDir);
        this.liveDangerously = liveDangerously;
        this.execIncludes = execIncludes;
        this.writer = writer;
    }

    Path configDir() {
        return configDir;
    }

    boolean liveDangerously() {
        return liveDangerously.getAsBoolean();
    }

    /**
     * is_restricted_file: the stripped name (relative ones in the configuration directory) must
     * resolve, through symbolic links, to an existing file whose path begins with the
     * configuration directory. live_dangerously allows everything.
     */
    Verdict check(String fileName) {
        if (liveDangerously()) {
            return Verdict.ALLOWED;
        }
        String stripped = fileName.strip();
        String path = stripped.startsWith("/") ? stripped : configDir + "/" + stripped;
        try {
            Path real = nativePath(path).toRealPath();
            return startsWithConfigDir(real.toString()) ? Verdict.ALLOWED : Verdict.RESTRICTED;
        } catch (IOException | InvalidPathException e) {
            return Verdict.FAILED;
        }
    }

    /** ast_begins_with: a plain prefix test, no separator check (so /etc/asterisk-x passes). */
    boolean startsWithConfigDir(String realPath) {
        return realPath.startsWith(realConfigDir);
    }

    /**
     * ast_config_load2 with comments and no cache, the name taken as given (not stripped).
     *
     * @throws ConfigException MISSING or INVALID
     */
    ConfigFile load(String fileName) throws ConfigException {
        ConfigReader reader = new ConfigReader(new ConfigReadOptions(configDir, execIncludes.getAsBoolean()));
        try {
            return reader.read(nativePath(fileName));
        } catch (InvalidPathException e) {
            throw new ConfigException(ConfigException.Kind.MISSING, null, fileName + ": not a usable file name");
        }
    }

    /** ast_config_text_file_save2. */
    void save(ConfigFile config, String fileName, String generator, boolean preserveEffectiveContext) throws IOException {
        writer.save(config, fileName, generator, preserveEffectiveContext);
    }

    /** A byte-string file name as the platform names the same bytes. */
    static Path nativePath(String byteString) {
        Charset fs = fileNameCharset();
        return Path.of(new String(byteString.getBytes(StandardCharsets.ISO_8859_1), fs));
    }

    private static Charset fileNameCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    private static String realPathOf(Path dir) {
        try {
            return dir.toRealPath().toString();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize().toString();
        }
    }
}
