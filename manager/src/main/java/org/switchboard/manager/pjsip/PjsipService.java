package org.switchboard.manager.pjsip;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;
import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.manager.cli.CliCommand;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.module.ModuleRegistry;
import org.switchboard.pbx.pjsip.BehaviourTable;
import org.switchboard.pbx.pjsip.PjsipConfig;
import org.switchboard.pbx.pjsip.PjsipConfigLoader;
import org.switchboard.pbx.pjsip.PjsipDriver;

/**
 * The simulated PJSIP stack inside a Switchboard: pjsip.conf and switchboard-endpoints.conf read at
 * start and on a reload of {@code res_pjsip}, the endpoint events rendered to AMI, and the PJSIP
 * actions and CLI commands.
 */
public final class PjsipService {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.pjsip");

    private final Pbx pbx;
    private final PjsipDriver driver;
    private final Function<String, Optional<ConfigFile>> configs;

    /** Reads the configuration on the core thread; the PBX must have the PJSIP driver registered. */
    public PjsipService(Pbx pbx, Function<String, Optional<ConfigFile>> configs, PbxEventTranslator translator) {
        this.pbx = pbx;
        this.driver = PjsipDriver.of(pbx).orElseThrow(() -> new IllegalStateException("no PJSIP driver"));
        this.configs = configs;
        PjsipEventRenderers.registerAll(translator);
        pbx.core().submit(() -> {
            Optional<ConfigFile> pjsip = configs.apply("pjsip.conf");
            if (pjsip.isEmpty()) {
                log.info("pjsip.conf not found: no PJSIP endpoints");
            }
            apply(pjsip.map(PjsipConfigLoader::load).orElse(PjsipConfig.EMPTY));
            return null;
        }).join();
    }

    /** {@code res_pjsip} (reloadable) and {@code chan_pjsip}. */
    public void registerModules(ModuleRegistry modules) {
        modules.builtin("res_pjsip", "Basic SIP resource", this::reload);
        modules.builtin("chan_pjsip", "PJSIP Channel Driver", null, "res_pjsip");
    }

    public ActionFamily actions() {
        return new PjsipActions(pbx, driver);
    }

    public List<CliCommand> cliCommands() {
        return EndpointCommands.all(driver);
    }

    /**
     * {@code module reload res_pjsip} (core thread): both files again; an unreadable pjsip.conf
     * leaves the endpoints as they are (res_sorcery_config.c sorcery_config_internal_load).
     */
    private boolean reload() {
        Optional<ConfigFile> pjsip = configs.apply("pjsip.conf");
        if (pjsip.isEmpty()) {
            log.error("Unable to load config file 'pjsip.conf'");
        }
        apply(pjsip.map(PjsipConfigLoader::load).orElse(driver.endpoints().config()));
        return true;
    }

    private void apply(PjsipConfig config) {
        driver.endpoints().configure(config, configs.apply(BehaviourTable.FILE).orElse(null));
    }
}
