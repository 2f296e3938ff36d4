package org.switchboard.manager.bridge;

import java.util.Optional;
import java.util.function.Function;

import org.switchboard.config.ConfigFile;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.FeaturesConfig;
import org.switchboard.pbx.module.ModuleRegistry;

/**
 * The manager side of bridging: the bridge events' renderers, and features.conf read into the
 * bridging core (at start, and when the features module reloads).
 */
public final class BridgingService {
    private final Pbx pbx;
    private final Function<String, Optional<ConfigFile>> configs;

    private BridgingService(Pbx pbx, Function<String, Optional<ConfigFile>> configs) {
        this.pbx = pbx;
        this.configs = configs;
    }

    /** Registers the renderers and loads features.conf (any thread). */
    public static BridgingService install(Pbx pbx, PbxEventTranslator translator,
                                          Function<String, Optional<ConfigFile>> configs) {
        BridgeEventRenderers.registerAll(translator);
        BridgingService s = new BridgingService(pbx, configs);
        s.reloadFeatures();
        return s;
    }

    /** The features module (features.c: "Call Features"); its reload reads features.conf again. */
    public void registerModules(ModuleRegistry modules) {
        modules.builtin("features", "Call Features", this::reloadFeatures, "extconfig");
    }

    /** Reads features.conf; a missing file means Asterisk's defaults. */
    public boolean reloadFeatures() {
        Optional<ConfigFile> conf = configs.apply("features.conf");
        pbx.bridges().features(conf.map(FeaturesConfig::from).orElse(FeaturesConfig.DEFAULTS));
        return true;
    }
}
