package org.switchboard.manager.pbx;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.channel.ChannelEventRenderers;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.PbxFactory;
import org.switchboard.pbx.dialplan.Dialplan;
import org.switchboard.pbx.dialplan.DialplanLoader;
import org.switchboard.pbx.module.ModuleRegistry;

/**
 * The simulated PBX inside a Switchboard: built at start, its dialplan read from
 * extensions.conf (module pbx_config, reloadable), its events rendered to AMI, and the manager's
 * channelvars kept in step with manager.conf.
 */
public final class PbxService {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Pbx pbx;
    private final Function<String, Optional<ConfigFile>> configs;
    private final DialplanLoader loader;
    private final PbxEventTranslator translator;

    public PbxService(ManagerRuntime runtime, Function<String, Optional<ConfigFile>> configs) {
        this.configs = configs;
        this.pbx = PbxFactory.standard(runtime.core(), runtime.status(), runtime.asterisk());
        this.loader = new DialplanLoader(pbx.runtime());
        this.translator = new PbxEventTranslator(runtime.events());
        ChannelEventRenderers.registerAll(translator);
        org.switchboard.manager.bridge.BridgingService.install(pbx, translator, configs);
        translator.attach(pbx.bus());
        channelVariables(runtime.settings().general().channelVars());
        runtime.core().submit(() -> {
            loadDialplan();
            return null;
        }).join();
    }

    public Pbx pbx() {
        return pbx;
    }

    /** Where other event owners (bridges, CDR, ...) register their AMI renderers. */
    public PbxEventTranslator translator() {
        return translator;
    }

    /** The manager.conf channelvars (at start and after each manager reload). */
    public void channelVariables(List<String> names) {
        pbx.managerVariableNames(names);
    }

    /** Registers the modules this service provides. */
    public void registerModules(ModuleRegistry modules) {
        modules.builtin("pbx_config", "Text Extension Configuration", this::reloadDialplan);
        modules.builtin("core_local", "Local Proxy Channel Driver", () -> true);
        modules.builtin("app_dial", "Dialing Application", () -> true);
        modules.builtin("app_echo", "Simple Echo Application", () -> true);
        modules.builtin("app_userevent", "Custom User Event Application", () -> true);
        modules.builtin("app_verbose", "Send verbose output", () -> true);
        modules.builtin("app_exec", "Executes dialplan applications", () -> true);
    }

    /** Loads extensions.conf (core thread); a missing file leaves the dialplan empty. */
    private void loadDialplan() {
        Optional<ConfigFile> conf = configs.apply("extensions.conf");
        if (conf.isEmpty()) {
            log.info("extensions.conf not found: the dialplan is empty");
            return;
        }
        pbx.dialplan(loader.load(conf.get()));
    }

    /** {@code dialplan reload} / module reload pbx_config (core thread). */
    public boolean reloadDialplan() {
        Optional<ConfigFile> conf = configs.apply("extensions.conf");
        if (conf.isEmpty()) {
            log.warn("extensions.conf not found: the dialplan is unchanged");
            return false;
        }
        pbx.dialplan(loader.reload(conf.get(), pbx.dialplan()));
        return true;
    }

    /** Runs {@code task} on the core thread and waits for it. */
    public <T> T onCore(java.util.concurrent.Callable<T> task) {
        CompletableFuture<T> f = pbx.core().submit(task);
        return f.join();
    }

    /** The dialplan now in use. */
    public Dialplan dialplan() {
        return pbx.dialplan();
    }
}
