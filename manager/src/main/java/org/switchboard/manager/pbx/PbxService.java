package org.switchboard.manager.pbx;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cdr.CallRecordsService;
import org.switchboard.manager.channel.ChannelEventRenderers;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.manager.pjsip.PjsipService;
import org.switchboard.manager.state.StateEvents;
import org.switchboard.manager.state.StateModules;
import org.switchboard.manager.dialplan.DialplanEventRenderers;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.PbxFactory;
import org.switchboard.pbx.db.AstDb;
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
    private final CallRecordsService callRecords;
    private final PjsipService pjsip;
    private final org.switchboard.manager.bridge.BridgingService bridging;

    public PbxService(ManagerRuntime runtime, Function<String, Optional<ConfigFile>> configs) {
        this(runtime, configs, null);
    }

    /**
     * With {@code astDb}, custom device and presence states are saved there and restored from it
     * before the dialplan loads (func_devstate, func_presencestate).
     */
    public PbxService(ManagerRuntime runtime, Function<String, Optional<ConfigFile>> configs, AstDb astDb) {
        this.configs = configs;
        this.pbx = PbxFactory.standard(runtime.core(), runtime.status(), runtime.asterisk(), astDb);
        this.loader = new DialplanLoader(pbx.runtime());
        this.translator = new PbxEventTranslator(runtime.events());
        ChannelEventRenderers.registerAll(translator);
        // CDR and CEL subscribe before the translator: their records come before the event that caused them
        this.callRecords = new CallRecordsService(runtime, pbx, configs, translator);
        StateEvents.registerAll(translator);
        DialplanEventRenderers.registerAll(translator);
        this.bridging = org.switchboard.manager.bridge.BridgingService.install(pbx, translator, configs);
        translator.attach(pbx.bus());
        channelVariables(runtime.settings().general().channelVars());
        Runnable restoreStates = StateModules.restoreFrom(astDb, pbx);
        runtime.core().submit(() -> {
            restoreStates.run();
            loadDialplan();
            return null;
        }).join();
        this.pjsip = new PjsipService(pbx, configs, translator);
    }

    /** The simulated PJSIP endpoints (pjsip.conf, their actions and CLI commands). */
    public PjsipService pjsip() {
        return pjsip;
    }

    public Pbx pbx() {
        return pbx;
    }

    /** Where other event owners (bridges, CDR, ...) register their AMI renderers. */
    public PbxEventTranslator translator() {
        return translator;
    }

    /** CDR and CEL (engines, AMI backends, modules). */
    public CallRecordsService callRecords() {
        return callRecords;
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
        callRecords.registerModules(modules);
        bridging.registerModules(modules);
        pjsip.registerModules(modules);
        StateModules.register(modules);
        modules.builtin("app_stack", "Dialplan subroutines (Gosub, Return, etc)", () -> true);
        modules.builtin("app_playback", "Sound File Playback Application", () -> true);
        modules.builtin("app_read", "Read Variable Application", () -> true);
        modules.builtin("app_senddtmf", "Send DTMF digits Application", () -> true);
        modules.builtin("app_originate", "Originate call", () -> true);
        modules.builtin("app_softhangup", "Hangs up the requested channel", () -> true);
        modules.builtin("app_channelredirect", "Redirects a given channel to a dialplan target", () -> true);
        modules.builtin("app_waituntil", "Wait until specified time", () -> true);
        modules.builtin("func_callerid", "Party ID related dialplan functions (Caller-ID, Connected-line, Redirecting)",
                () -> true);
        modules.builtin("func_channel", "Channel information dialplan functions", () -> true);
        modules.builtin("func_db", "Database (astdb) related dialplan functions", () -> true);
        modules.builtin("func_timeout", "Channel timeout dialplan functions", () -> true);
        modules.builtin("func_hangupcause", "HANGUPCAUSE related functions and applications", () -> true);
        modules.builtin("res_mutestream", "Mute audio stream resources", () -> true);
        modules.builtin("res_clioriginate", "Call origination and redirection from the CLI", () -> true);
    }

    /** Loads extensions.conf (core thread); a missing file leaves the dialplan empty. */
    private void loadDialplan() {
        Optional<ConfigFile> conf = configs.apply("extensions.conf");
        if (conf.isEmpty()) {
            log.info("extensions.conf missing or invalid: the dialplan is empty");
            return;
        }
        pbx.loadDialplan(loader.load(conf.get()));
    }

    /** {@code dialplan reload} / module reload pbx_config (core thread). */
    public boolean reloadDialplan() {
        Optional<ConfigFile> conf = configs.apply("extensions.conf");
        if (conf.isEmpty()) {
            log.warn("extensions.conf missing or invalid: the dialplan is unchanged");
            return false;
        }
        pbx.loadDialplan(loader.reload(conf.get(), pbx.dialplan()));
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
