package org.switchboard.pbx.bridge;

import java.util.Optional;

import org.switchboard.config.Category;
import org.switchboard.config.CNumbers;
import org.switchboard.config.ConfigFile;

/**
 * The parts of features.conf the bridging core uses (features_config.c): the [featuremap] DTMF
 * codes and the transfer settings of [general]. Missing values take Asterisk's defaults.
 *
 * @param blindTransfer  blindxfer code (default {@code #})
 * @param disconnect     disconnect code (default {@code *})
 * @param attendedTransfer atxfer code (default none)
 * @param featureDigitTimeoutMs featuredigittimeout: the wait for the next digit of a feature code
 * @param transferDigitTimeoutMs transferdigittimeout: the wait for each digit of a transfer target
 * @param transferDialAttempts transferdialattempts
 * @param atxferAbort atxferabort (default {@code *1}), queued by CancelAtxfer
 */
public record FeaturesConfig(String blindTransfer, String disconnect, String attendedTransfer, String parkCall,
                             String autoMixMonitor, int featureDigitTimeoutMs, int transferDigitTimeoutMs,
                             int transferDialAttempts, String atxferAbort) {

    /** features_config.c DEFAULT_* values. */
    public static final FeaturesConfig DEFAULTS = new FeaturesConfig("#", "*", "", "", "", 1000, 3000, 3, "*1");

    /** Reads features.conf; absent keys keep their defaults. */
    public static FeaturesConfig from(ConfigFile conf) {
        Optional<Category> map = conf.section("featuremap");
        Optional<Category> general = conf.section("general");
        FeaturesConfig d = DEFAULTS;
        return new FeaturesConfig(
                value(map, "blindxfer").orElse(d.blindTransfer),
                value(map, "disconnect").orElse(d.disconnect),
                value(map, "atxfer").orElse(d.attendedTransfer),
                value(map, "parkcall").orElse(d.parkCall),
                value(map, "automixmon").orElse(d.autoMixMonitor),
                value(general, "featuredigittimeout").map(CNumbers::atoi).orElse(d.featureDigitTimeoutMs),
                value(general, "transferdigittimeout").map(v -> CNumbers.atoi(v) * 1000)
                        .orElse(d.transferDigitTimeoutMs),
                value(general, "transferdialattempts").map(CNumbers::atoi).orElse(d.transferDialAttempts),
                value(general, "atxferabort").orElse(d.atxferAbort));
    }

    private static Optional<String> value(Optional<Category> c, String key) {
        return c.flatMap(cat -> cat.value(key)).map(String::trim);
    }
}
