package org.switchboard.pbx.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.switchboard.config.AstBool;
import org.switchboard.config.CNumbers;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;

/**
 * What Switchboard takes from asterisk.conf: the [options] that the manager reports or obeys, and
 * the [directories] it keeps data in. Missing values take Asterisk's defaults.
 *
 * @param systemName    [options] systemname ("" when unset)
 * @param execIncludes  [options] execincludes: may config files use #exec
 * @param liveDangerously [options] live_dangerously (default no)
 * @param verbose       [options] verbose (default 0)
 * @param maxCalls      [options] maxcalls (0 = no limit)
 * @param maxLoad       [options] maxload
 * @param maxFiles      [options] maxfiles
 * @param runUser       [options] runuser ("" when unset)
 * @param runGroup      [options] rungroup
 * @param soundsSearchCustomDir [options] sounds_search_custom_dir
 * @param dbDir   [directories] astdbdir (else astvarlibdir), or null when unset
 * @param spoolDir [directories] astspooldir, or null
 * @param logDir  [directories] astlogdir, or null
 * @param runDir  [directories] astrundir, or null
 */
public record AsteriskSettings(String systemName, boolean execIncludes, boolean liveDangerously, int verbose,
                               int maxCalls, double maxLoad, int maxFiles, String runUser, String runGroup,
                               boolean soundsSearchCustomDir, Path dbDir, Path spoolDir, Path logDir, Path runDir) {

    public static final AsteriskSettings DEFAULTS = new AsteriskSettings("", false, false, 0, 0, 0.0, 0, "", "",
            false, null, null, null, null);

    /** Reads asterisk.conf; relative directories resolve against {@code base} (the working directory). */
    public static AsteriskSettings from(ConfigFile conf, Path base) {
        // templates such as the sample's [directories](!) are not read (ast_variable_browse)
        Optional<Category> options = conf.section("options");
        Optional<Category> dirs = conf.section("directories");
        return new AsteriskSettings(
                option(options, "systemname").orElse(""),
                option(options, "execincludes").map(AstBool::isTrue).orElse(false),
                option(options, "live_dangerously").map(AstBool::isTrue).orElse(false),
                option(options, "verbose").map(CNumbers::atoi).orElse(0),
                option(options, "maxcalls").map(CNumbers::atoi).orElse(0),
                option(options, "maxload").map(AsteriskSettings::leadingDouble).orElse(0.0),
                option(options, "maxfiles").map(CNumbers::atoi).orElse(0),
                option(options, "runuser").orElse(""),
                option(options, "rungroup").orElse(""),
                option(options, "sounds_search_custom_dir").map(AstBool::isTrue).orElse(false),
                dbDir(dirs, base), dir(dirs, "astspooldir", base),
                dir(dirs, "astlogdir", base), dir(dirs, "astrundir", base));
    }

    /** options.c assigns in a loop over the section, so the last line with the key wins. */
    private static Optional<String> option(Optional<Category> c, String key) {
        return c.flatMap(cat -> {
            List<Variable> all = cat.all(key);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).value());
        });
    }

    /** astdbdir, else astvarlibdir: options.c puts astdb in astvarlibdir unless astdbdir is set. */
    private static Path dbDir(Optional<Category> c, Path base) {
        Path db = dir(c, "astdbdir", base);
        return db != null ? db : dir(c, "astvarlibdir", base);
    }

    private static Path dir(Optional<Category> c, String key, Path base) {
        return option(c, key).filter(v -> !v.isEmpty()).map(v -> base.resolve(v).normalize()).orElse(null);
    }

    static double leadingDouble(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }
}
