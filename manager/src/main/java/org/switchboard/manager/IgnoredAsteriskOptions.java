package org.switchboard.manager;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;

/**
 * asterisk.conf [options] keys that Switchboard does not act on, named in one warning at
 * start-up so that a real asterisk.conf is never silently misread. Options about the process and
 * the console (colours, core dumps, forking, priorities, log levels) mean nothing to a simulation
 * and are passed over without a word.
 */
final class IgnoredAsteriskOptions {
    private static final Logger log = LoggerFactory.getLogger(IgnoredAsteriskOptions.class);

    /** What AsteriskSettings reads. */
    private static final Set<String> USED = Set.of("verbose", "execincludes", "live_dangerously", "maxcalls",
            "maxload", "maxfiles", "runuser", "rungroup", "systemname", "sounds_search_custom_dir");

    /** main/options.c options that change nothing a client of a simulated PBX could observe. */
    private static final Set<String> WITHOUT_EFFECT = Set.of("debug", "trace", "refdebug", "nofork", "alwaysfork",
            "quiet", "console", "highpriority", "initcrypto", "nocolor", "dontwarn", "dumpcore", "timestamp",
            "lightbackground", "forceblackbackground", "documentation_language", "lockmode", "lockconfdir",
            "minmemfree", "cache_record_files", "record_cache_dir", "cache_media_frames", "transcode_via_sln",
            "rtp_use_dynamic", "rtp_pt_dynamic", "channel_storage_backend");

    private IgnoredAsteriskOptions() { }

    /** The [options] keys of {@code asteriskConf} that are neither used nor without effect, once each. */
    static List<String> of(ConfigFile asteriskConf) {
        Set<String> ignored = new LinkedHashSet<>();
        asteriskConf.section("options").ifPresent(options -> {
            for (Variable v : options.variables()) {
                String key = v.name().toLowerCase(Locale.ROOT);
                if (!USED.contains(key) && !WITHOUT_EFFECT.contains(key)) {
                    ignored.add(v.name());
                }
            }
        });
        return List.copyOf(ignored);
    }

    /** One warning naming them; nothing when there are none. */
    static void warnOnce(ConfigFile asteriskConf) {
        List<String> ignored = of(asteriskConf);
        if (!ignored.isEmpty()) {
            log.warn("asterisk.conf [options]: Switchboard does not implement {}; ignored", String.join(", ", ignored));
        }
    }
}
