package org.switchboard.manager.cdr;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.cdr.CallRecords;
import org.switchboard.pbx.cdr.CdrSettings;
import org.switchboard.pbx.cel.CelSettings;
import org.switchboard.pbx.event.CdrRecorded;
import org.switchboard.pbx.event.CelRecorded;
import org.switchboard.pbx.log.Verbose;
import org.switchboard.pbx.module.ModuleRegistry;

/**
 * CDR and CEL inside a Switchboard: installs the engines on the PBX, configures them from
 * cdr.conf and cel.conf, renders their records to AMI through the cdr_manager and cel_manager
 * backends, and provides the modules {@code cdr}, {@code cel}, {@code cdr_manager},
 * {@code cel_manager} (each reloadable) and the CLI commands {@code cdr show status} and
 * {@code cel show status}.
 *
 * <p>Create it before the translator is attached to the PBX bus (see {@link CallRecords#install}).
 */
public final class CallRecordsService {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.cdr");

    private final ManagerRuntime runtime;
    private final Function<String, Optional<ConfigFile>> configs;
    private final CallRecords records;
    private final CdrManagerBackend cdrManager;
    private final CelManagerBackend celManager;
    private ConfigFile cdrConf;
    private ConfigFile celConf;

    public CallRecordsService(ManagerRuntime runtime, Pbx pbx, Function<String, Optional<ConfigFile>> configs,
                              PbxEventTranslator translator) {
        this.runtime = runtime;
        this.configs = configs;
        this.records = CallRecords.install(pbx);
        ZoneId zone = pbx.runtime().systemZone();
        this.cdrManager = new CdrManagerBackend(records.cdr(), zone, pbx.clock());
        this.celManager = new CelManagerBackend(zone);
        translator.register(CdrRecorded.class, cdrManager).register(CelRecorded.class, celManager);
        runtime.core().submit(() -> {
            loadCdr(false);
            loadCel(false);
            cdrManager.load(configs.apply("cdr_manager.conf"), false);
            celManager.load(configs.apply("cel.conf"), false);
            return null;
        }).join();
        runtime.cli().register(new CdrShowStatusCommand(records.cdr(), pbx.clock()));
        runtime.cli().register(new CelShowStatusCommand(records.cel(), celManager));
    }

    public CallRecords records() {
        return records;
    }

    /** ast_cdr_is_enabled (CoreSettings CoreCDRenabled). */
    public boolean cdrEnabled() {
        return records.cdr().enabled();
    }

    /** Registers the modules; {@code cdr} may already be listed as a core module. */
    public void registerModules(ModuleRegistry modules) {
        modules.onReload("cdr", () -> loadCdr(true));
        modules.builtin("cel", "CEL Engine", () -> loadCel(true), "extconfig");
        modules.builtin("cdr_manager", "Asterisk Manager Interface CDR Backend",
                () -> cdrManager.load(configs.apply("cdr_manager.conf"), true), "cdr");
        modules.builtin("cel_manager", "Asterisk Manager Interface CEL Backend",
                () -> celManager.load(configs.apply("cel.conf"), true), "cel");
        modules.builtin("func_cdr", "Call Detail Record (CDR) dialplan functions", null, "cdr");
        modules.builtin("app_cdr", "Tell Asterisk to not maintain a CDR for the current call", null, "cdr");
        modules.builtin("app_celgenuserevent", "Generate an User-Defined CEL event", null, "cel");
    }

    /**
     * cdr.c process_config: at load a missing or invalid cdr.conf gives the defaults; on reload it
     * fails and the settings stay, and an unchanged file changes nothing.
     */
    private boolean loadCdr(boolean reload) {
        if (reload && cdrConf != null && !cdrConf.changedSinceRead()) {
            records.cdr().settings(records.cdr().settings());
            return true;
        }
        Optional<ConfigFile> file = configs.apply("cdr.conf");
        Optional<CdrSettings> parsed = file.flatMap(CdrSettings::parse);
        if (file.isEmpty()) {
            log.error("Unable to load config file 'cdr.conf'");
        }
        if (parsed.isEmpty()) {
            if (reload) {
                return false;
            }
            log.info("Failed to process CDR configuration; using defaults");
            records.cdr().settings(CdrSettings.DEFAULTS);
            return true;
        }
        cdrConf = file.get();
        records.cdr().settings(parsed.get());
        return true;
    }

    /**
     * cel.c load_module / reload_module: at load a missing or invalid cel.conf gives the defaults
     * (CEL off); on reload it fails and the settings stay.
     */
    private boolean loadCel(boolean reload) {
        if (reload && celConf != null && !celConf.changedSinceRead()) {
            Verbose.log(log, 3, "CEL logging " + (records.cel().enabled() ? "en" : "dis") + "abled.");
            return true;
        }
        Optional<ConfigFile> file = configs.apply("cel.conf");
        Optional<CelSettings> parsed = file.flatMap(CelSettings::parse);
        if (file.isEmpty()) {
            log.error("Unable to load config file 'cel.conf'");
        }
        if (parsed.isEmpty()) {
            if (reload) {
                return false;
            }
            log.info("Failed to process CEL configuration; using defaults");
            records.cel().settings(CelSettings.DEFAULTS);
            return true;
        }
        celConf = file.get();
        records.cel().settings(parsed.get());
        if (reload) {
            Verbose.log(log, 3, "CEL logging " + (records.cel().enabled() ? "en" : "dis") + "abled.");
        }
        return true;
    }
}
