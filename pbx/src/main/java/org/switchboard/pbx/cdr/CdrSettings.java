package org.switchboard.pbx.cdr;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.AstBool;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;
import org.switchboard.pbx.text.AsciiCase;

/**
 * cdr.conf {@code [general]} (cdr.c process_config), with Asterisk's defaults.
 *
 * @param enabled                  {@code enable} (yes)
 * @param debug                    {@code debug} (no)
 * @param unanswered               {@code unanswered} (no): post unanswered records without a Party B
 * @param congestion               {@code congestion} (no): CONGESTION instead of FAILED
 * @param batch                    {@code batch} (no)
 * @param endBeforeHExten          {@code endbeforehexten} (yes): the record ends before the h extension
 * @param initiatedSeconds         {@code initiatedseconds} (no): billsec rounds half seconds up
 * @param schedulerOnly            {@code scheduleronly} (no)
 * @param safeShutdown             {@code safeshutdown} (yes)
 * @param batchSize                {@code size} (100, at most 1000)
 * @param batchTime                {@code time} in seconds (300, 1 to 86400)
 * @param channelDefaultEnabled    {@code channeldefaultenabled} (yes)
 * @param ignoreStateChanges       {@code ignorestatechanges} (no; read at start only)
 * @param ignoreDialChanges        {@code ignoredialchanges} (no; read at start only)
 * @param cancelDispositionEnabled {@code canceldispositionenabled} (no)
 */
public record CdrSettings(boolean enabled, boolean debug, boolean unanswered, boolean congestion, boolean batch,
                          boolean endBeforeHExten, boolean initiatedSeconds, boolean schedulerOnly,
                          boolean safeShutdown, int batchSize, int batchTime, boolean channelDefaultEnabled,
                          boolean ignoreStateChanges, boolean ignoreDialChanges, boolean cancelDispositionEnabled) {
    private static final Logger log = LoggerFactory.getLogger(CdrSettings.class);

    /** Categories of cdr.conf read by backends (cdr.c ignore_categories). */
    private static final Set<String> IGNORED = Set.of("csv", "custom", "manager", "odbc", "pgsql", "radius",
            "sqlite", "tds", "mysql");

    public static final CdrSettings DEFAULTS = new CdrSettings(true, false, false, false, false, true, false, false,
            true, 100, 300, true, false, false, false);

    /**
     * Reads cdr.conf as aco_process_config does: an unknown category or option, or a batch size or
     * time out of range, make the whole file invalid (empty result, the reason logged).
     */
    public static Optional<CdrSettings> parse(ConfigFile file) {
        Builder b = new Builder();
        for (Category c : file.categories()) {
            if (c.isTemplate() || IGNORED.contains(AsciiCase.lower(c.name()))) {
                continue;
            }
            if (!AsciiCase.equal(c.name(), "general")) {
                log.error("Could not find config type for category '{}' in 'cdr.conf'", c.name());
                return Optional.empty();
            }
            for (Variable v : c.variables()) {
                if (!b.apply(v)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(b.build());
    }

    private static final class Builder {
        private CdrSettings s = DEFAULTS;
        private boolean enabled = s.enabled;
        private boolean debug = s.debug;
        private boolean unanswered = s.unanswered;
        private boolean congestion = s.congestion;
        private boolean batch = s.batch;
        private boolean endBeforeHExten = s.endBeforeHExten;
        private boolean initiatedSeconds = s.initiatedSeconds;
        private boolean schedulerOnly = s.schedulerOnly;
        private boolean safeShutdown = s.safeShutdown;
        private int batchSize = s.batchSize;
        private int batchTime = s.batchTime;
        private boolean channelDefaultEnabled = s.channelDefaultEnabled;
        private boolean ignoreStateChanges = s.ignoreStateChanges;
        private boolean ignoreDialChanges = s.ignoreDialChanges;
        private boolean cancelDispositionEnabled = s.cancelDispositionEnabled;

        /** One option; false (logged) for an unknown option or a bad number. */
        boolean apply(Variable v) {
            String value = v.value();
            boolean on = AstBool.isTrue(value);
            switch (AsciiCase.lower(v.name())) {
                case "enable": enabled = on; return true;
                case "debug": debug = on; return true;
                case "unanswered": unanswered = on; return true;
                case "congestion": congestion = on; return true;
                case "batch": batch = on; return true;
                case "endbeforehexten": endBeforeHExten = on; return true;
                case "initiatedseconds": initiatedSeconds = on; return true;
                case "scheduleronly": schedulerOnly = on; return true;
                case "safeshutdown": safeShutdown = on; return true;
                case "channeldefaultenabled": channelDefaultEnabled = on; return true;
                case "ignorestatechanges": ignoreStateChanges = on; return true;
                case "ignoredialchanges": ignoreDialChanges = on; return true;
                case "canceldispositionenabled": cancelDispositionEnabled = on; return true;
                case "size": return number(v, 0, 1000, n -> batchSize = n);
                case "time": return number(v, 1, 86400, n -> batchTime = n);
                default:
                    log.error("Could not find option suitable for category 'general' named '{}' at line {} of cdr.conf",
                            v.name(), v.location().line());
                    return false;
            }
        }

        private static boolean number(Variable v, int min, int max, java.util.function.IntConsumer set) {
            String t = v.value().strip();
            long n = -1;
            if (!t.isEmpty() && t.length() <= 10 && t.chars().allMatch(Character::isDigit)) {
                n = Long.parseLong(t);
            }
            if (n < min || n > max) {
                log.error("Error parsing {}={} at line {} of cdr.conf", v.name(), v.value(), v.location().line());
                return false;
            }
            set.accept((int) n);
            return true;
        }

        CdrSettings build() {
            return new CdrSettings(enabled, debug, unanswered, congestion, batch, endBeforeHExten, initiatedSeconds,
                    schedulerOnly, safeShutdown, batchSize, batchTime, channelDefaultEnabled, ignoreStateChanges,
                    ignoreDialChanges, cancelDispositionEnabled);
        }
    }
}
