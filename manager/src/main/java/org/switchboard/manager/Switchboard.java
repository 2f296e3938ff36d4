package org.switchboard.manager;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigException;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;
import org.switchboard.manager.acl.NamedAclConfig;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionRegistry;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.action.ChannelActions;
import org.switchboard.manager.channel.cli.ChannelCliCommands;
import org.switchboard.manager.channel.control.ChannelControlActions;
import org.switchboard.manager.cli.BuildInfo;
import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliOutcome;
import org.switchboard.manager.cli.CliRegistry;
import org.switchboard.manager.cli.CliService;
import org.switchboard.manager.cli.CoreShowUptimeCommand;
import org.switchboard.manager.cli.CoreShowVersionCommand;
import org.switchboard.manager.cli.CoreStopCommand;
import org.switchboard.manager.cli.commands.ManagerCliCommands;
import org.switchboard.manager.config.ConfigActions;
import org.switchboard.manager.core.CoreActions;
import org.switchboard.manager.db.DatabaseCommands;
import org.switchboard.manager.db.DbActions;
import org.switchboard.manager.dialplan.DialplanActions;
import org.switchboard.manager.dialplan.DialplanCliCommands;
import org.switchboard.manager.event.EventDispatcher;
import org.switchboard.manager.event.EventRendering;
import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.manager.module.ModuleActions;
import org.switchboard.manager.module.ModuleCommands;
import org.switchboard.manager.pbx.PbxService;
import org.switchboard.manager.security.SecurityEvents;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.SessionRegistry;
import org.switchboard.manager.settings.GeneralSettings;
import org.switchboard.manager.settings.ManagerSettings;
import org.switchboard.manager.settings.ManagerSettingsLoader;
import org.switchboard.manager.state.StateActions;
import org.switchboard.manager.state.StateCommands;
import org.switchboard.manager.system.SystemActions;
import org.switchboard.manager.transport.AmiListeners;
import org.switchboard.manager.transport.NettyTransports;
import org.switchboard.manager.transport.http.AmiHttpServer;
import org.switchboard.manager.transport.http.HttpShowStatusCommand;
import org.switchboard.manager.transport.tls.TlsContextFactory;
import org.switchboard.manager.transport.tls.TlsSetupException;
import org.switchboard.pbx.core.AsteriskSettings;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.core.SystemStatus;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.log.Verbose;
import org.switchboard.pbx.module.ModuleRegistry;
import org.switchboard.pbx.time.Clock;
import org.switchboard.pbx.time.SystemClock;

/**
 * An embedded Switchboard: the PBX core and the AMI listeners, started from an Asterisk
 * configuration directory. This is what the {@code switchboard} command runs and what tests and
 * applications embed:
 *
 * <pre>{@code
 * try (Switchboard sb = Switchboard.builder().configDir(Path.of("/etc/asterisk")).start()) {
 *     InetSocketAddress ami = sb.amiAddress().orElseThrow();
 * }
 * }</pre>
 */
public final class Switchboard implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Switchboard.class);

    /** Where the server keeps its data, from asterisk.conf [directories] or --data-dir. */
    public record Directories(Path dbDir, Path spoolDir, Path logDir, Path runDir) {
        /** Asterisk's layout under one data directory: lib, spool, log, run. */
        public static Directories under(Path dataDir) {
            Path d = dataDir.toAbsolutePath().normalize();
            return new Directories(d.resolve("lib"), d.resolve("spool"), d.resolve("log"), d.resolve("run"));
        }
    }

    private final Path configDir;
    /** What the loaders asked for, so the other files of configDir can be named once (start-up). */
    private final UnreadConfigFiles unreadFiles;
    private final Directories directories;
    private final Clock clock;
    private final CoreLoop core;
    private final ManagerRuntime runtime;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final AmiListeners listeners;
    private AmiHttpServer http;
    private final ConfigReader reader;
    private final ManagerReloader reloader;
    /** manager.conf as last read (a reload is skipped while it and its includes are unchanged). */
    private ConfigFile managerConf;
    /** acl.conf's named ACLs, owned by the acl module. */
    private final NamedAclConfig namedAcls;
    /** Some user names a named ACL: an ACL change then re-reads manager.conf (manager.c acl_change_stasis_cb). */
    private volatile boolean managerUsesNamedAcls;
    /** users.conf as the manager last read it; null when it was absent (or not read yet). */
    private ConfigFile managerUsersConf;
    private final AstDb astDb;
    private final ConfigActions configActions;
    private final PbxService pbxService;
    private volatile boolean closed;
    private final CompletableFuture<Void> stopRequested = new CompletableFuture<>();

    private Switchboard(Builder b) throws Exception {
        this.configDir = b.configDir.toAbsolutePath().normalize();
        this.unreadFiles = new UnreadConfigFiles(configDir);
        unreadFiles.asked("asterisk.conf", null);
        this.clock = b.clock == null ? SystemClock.INSTANCE : b.clock;
        Optional<ConfigFile> asteriskConf = readAsteriskConfFile(configDir);
        AsteriskSettings asterisk = asteriskSettings(asteriskConf);
        asteriskConf.ifPresent(IgnoredAsteriskOptions::warnOnce);
        Verbose.raiseTo(asterisk.verbose());
        this.directories = resolveDirectories(asterisk, b.dataDir);
        this.reader = new ConfigReader(new ConfigReadOptions(configDir, asterisk.execIncludes()));
        this.astDb = openAstDb(directories.dbDir());
        this.core = new CoreLoop(clock);
        SystemStatus status = new SystemStatus(clock.now());

        EventDispatcher dispatcher = new EventDispatcher(core);
        ManagerEvents events = new ManagerEvents(core, dispatcher, clock);
        SecurityEvents security = new SecurityEvents(events, clock);
        CliRegistry cli = new CliRegistry();
        this.reloader = new ManagerReloader(new ModuleRegistry());
        this.namedAcls = new NamedAclConfig(this::readOptional);
        namedAcls.load();
        ManagerSettings settings = loadManagerSettings(null, false).orElse(ManagerSettings.empty());
        this.runtime = new ManagerRuntime(settings, asterisk, new SessionRegistry(), dispatcher, events, security,
                core, clock, status, cli, reloader);
        runtime.settings(settings);
        events.rendering(renderingOf(settings, asterisk));
        reloader.attach(runtime);
        this.pbxService = new PbxService(runtime, this::readOptional, astDb);
        registerBuiltinModules(reloader.modules());
        pbxService.registerModules(reloader.modules());
        reloader.modules().start(readOptional("modules.conf").orElse(null));

        this.configActions = new ConfigActions(configDir, () -> runtime.asterisk().liveDangerously(),
                () -> runtime.asterisk().execIncludes());
        List<ActionFamily> families = List.of(new CoreActions(),
                new SystemActions(this::cdrEnabled, () -> true),
                new DbActions(astDb),
                new ModuleActions(() -> runtime.asterisk().liveDangerously()),
                configActions,
                new ChannelActions(pbxService.pbx()),
                pbxService.pjsip().actions(),
                new StateActions(pbxService.pbx()),
                new ChannelControlActions(pbxService.pbx()),
                new DialplanActions(pbxService.pbx()),
                new org.switchboard.manager.bridge.action.BridgingActions(pbxService.pbx()));
        runtime.actions(new ActionRegistry(families));
        registerCli(cli);

        this.boss = NettyTransports.group(1, "ami-accept");
        this.workers = NettyTransports.group(b.ioThreads, "ami-io");
        this.listeners = new AmiListeners(runtime, new ActionDispatcher(runtime), boss, workers,
                b.amiPort, b.tlsPort, this::tlsContext);
        try {
            listeners.apply(settings.general());
            startHttp(b);
        } catch (Exception e) {
            closeQuietly();
            throw e;
        }
        status.markFullyBooted();
        // after what the loaders queued on the core thread has run
        core.submit(() -> true).join();
        unreadFiles.warnOnce();
        log.info("Switchboard started from {} (AMI {})", configDir,
                listeners.plainAddress().map(NumericAddress::hostPort).orElse("disabled"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The configuration directory the server was started from. */
    public Path configDir() {
        return configDir;
    }

    public Directories directories() {
        return directories;
    }

    /** The CLI registry (Command action, -rx, console). */
    public CliRegistry cli() {
        return runtime.cli();
    }

    /** Runs one CLI command line on the core thread, as the Command action does. */
    public CliOutcome executeCli(String commandLine) {
        return core.submit(() -> runtime.cli().execute(commandLine)).join();
    }

    /** The CLI for the console and {@code -rx}: commands run on the core thread. */
    public CliService cliService() {
        return new CliService() {
            @Override
            public CliOutcome execute(String commandLine) {
                return executeCli(commandLine);
            }

            @Override
            public List<String> complete(String partialLine) {
                return runtime.cli().complete(partialLine);
            }
        };
    }

    /**
     * Completes when {@code core stop now|gracefully|when convenient} asked the server to stop
     * (from the console, {@code -rx} or the Command action). The server does not close itself:
     * whoever runs it does (the {@code switchboard} command closes it, as on SIGTERM).
     */
    public CompletionStage<Void> stopRequested() {
        return stopRequested.minimalCompletionStage();
    }

    /** The bound plain AMI address, if the listener is enabled. */
    public Optional<InetSocketAddress> amiAddress() {
        return listeners.plainAddress();
    }

    /** The bound TLS AMI address, if the TLS listener is enabled. */
    public Optional<InetSocketAddress> tlsAddress() {
        return listeners.tlsAddress();
    }

    /** The bound AMI-over-HTTP address (http.conf), if that listener runs. */
    public Optional<InetSocketAddress> httpAddress() {
        return http.plainAddress();
    }

    /** The bound AMI-over-HTTPS address (http.conf tlsenable), if that listener runs. */
    public Optional<InetSocketAddress> httpsAddress() {
        return http.tlsAddress();
    }

    public Clock clock() {
        return clock;
    }

    /** The shared runtime, for extensions living in this process (tests, benchmarks). */
    public ManagerRuntime runtime() {
        return runtime;
    }

    /** The module list (module show, ModuleCheck, ModuleLoad, Reload). */
    public ModuleRegistry modules() {
        return reloader.modules();
    }

    /** The simulated PBX: channels, dialplan, applications (core thread only; see {@link #onCore}). */
    public org.switchboard.pbx.Pbx pbx() {
        return pbxService.pbx();
    }

    /**
     * Waits until what the server has already received is handled: every I/O thread and then the
     * core thread (down to its idle work) run a task, twice (a request read by an I/O thread may
     * hand work to the core, which may answer through an I/O thread). Tests call it before advancing a virtual clock.
     */
    public void quiesce() {
        for (int round = 0; round < 2; round++) {
            for (io.netty.util.concurrent.EventExecutor e : workers) {
                e.submit(() -> { }).syncUninterruptibly();
            }
            core.idle().join();
        }
    }

    /** Runs {@code task} on the PBX core thread and waits for its result. */
    public <T> T onCore(java.util.concurrent.Callable<T> task) {
        return core.submit(task).join();
    }

    /** AstDB ({@code astdb.sqlite3} in {@link Directories#dbDir()}). */
    public AstDb astDb() {
        return astDb;
    }

    /** Reloads one module (or all with null), as the Reload action does. */
    public ManagerRuntime.Reloader.ReloadResult reload(String module) {
        return core.submit(() -> reloader.reload(module)).join();
    }

    // ---- configuration ----

    private static AsteriskSettings readAsteriskConf(Path configDir) {
        return asteriskSettings(readAsteriskConfFile(configDir));
    }

    private static AsteriskSettings asteriskSettings(Optional<ConfigFile> asteriskConf) {
        return asteriskConf.map(f -> AsteriskSettings.from(f, Path.of("").toAbsolutePath())).orElse(AsteriskSettings.DEFAULTS);
    }

    private static Optional<ConfigFile> readAsteriskConfFile(Path configDir) {
        Path file = configDir.resolve("asterisk.conf");
        try {
            return Optional.of(new ConfigReader(ConfigReadOptions.in(configDir)).read(file));
        } catch (ConfigException e) {
            if (e.kind() != ConfigException.Kind.MISSING) {
                log.warn("asterisk.conf: {} (using defaults)", e.getMessage());
            }
            return Optional.empty();
        }
    }

    /**
     * Where a server started with these options keeps its data: {@code dataDir}'s lib, spool, log
     * and run when given; otherwise asterisk.conf [directories] (relative to the working
     * directory), and {@code ./var/...} for what it leaves out. The console and {@code -rx} use
     * this to find the control socket.
     */
    public static Directories resolveDirectories(Path configDir, Path dataDir) {
        return resolveDirectories(dataDir != null ? AsteriskSettings.DEFAULTS
                : readAsteriskConf(configDir.toAbsolutePath().normalize()), dataDir);
    }

    /** Opens AstDB and gives the PBX its UUID on first start, as asterisk.c does after astdb_init. */
    private static AstDb openAstDb(Path dbDir) throws java.io.IOException {
        AstDb db = AstDb.open(dbDir);
        if (db.get("pbx", "UUID").join().isEmpty()) {
            db.put("pbx", "UUID", java.util.UUID.randomUUID().toString()).join();
        }
        return db;
    }

    private static Directories resolveDirectories(AsteriskSettings a, Path dataDir) {
        if (dataDir != null) {
            return Directories.under(dataDir);
        }
        Directories fallback = Directories.under(Path.of("var"));
        return new Directories(
                a.dbDir() != null ? a.dbDir() : fallback.dbDir(),
                a.spoolDir() != null ? a.spoolDir() : fallback.spoolDir(),
                a.logDir() != null ? a.logDir() : fallback.logDir(),
                a.runDir() != null ? a.runDir() : fallback.runDir());
    }

    private Optional<ConfigFile> readOptional(String name) {
        try {
            ConfigFile file = reader.read(configDir.resolve(name));
            unreadFiles.asked(name, file);
            return Optional.of(file);
        } catch (ConfigException e) {
            unreadFiles.asked(name, null);
            // the reader has already logged why the file is invalid, with file and line
            log.trace("{}: {}", name, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Reads manager.conf with users.conf and the named ACLs in force; empty when manager.conf is
     * unusable.
     *
     * @param forced an ACL change: users.conf is read even when unchanged (no FILEUNCHANGED flag)
     */
    private Optional<ManagerSettings> loadManagerSettings(ManagerSettings previous, boolean forced) {
        Optional<ConfigFile> manager = readOptional("manager.conf");
        if (manager.isEmpty()) {
            log.info("Unable to open AMI configuration manager.conf, or configuration is invalid.");
            return Optional.empty();
        }
        ConfigFile users = usersConfForManager(previous != null && !forced);
        managerConf = manager.get();
        ManagerSettings loaded = ManagerSettingsLoader.load(manager.get(), users, namedAcls.current(), previous);
        if (!forced) {
            // manager.c subscribes to ACL changes again on every load that names an ACL
            managerUsesNamedAcls = loaded.users().stream()
                    .anyMatch(u -> u.acl().entries().stream().anyMatch(e -> !e.name().isEmpty()));
        }
        return Optional.of(loaded);
    }

    /**
     * users.conf for a manager load, or null when there is none. On a reload an unchanged file is
     * not read again (config.c CONFIG_FLAG_FILEUNCHANGED), so it adds no users (spec 01 §5.3).
     */
    private ConfigFile usersConfForManager(boolean reload) {
        if (reload && managerUsersConf != null && !managerUsersConf.changedSinceRead()) {
            return null;
        }
        managerUsersConf = readOptional("users.conf").orElse(null);
        return managerUsersConf;
    }

    /**
     * The parts of Asterisk's core that Switchboard implements, by their module names and
     * descriptions (main/*.c AST_MODULE_INFO). One line per module.
     */
    private void registerBuiltinModules(ModuleRegistry modules) {
        modules.builtin("extconfig", "Configuration", () -> true);
        modules.builtin("logger", "Logger", () -> true);
        // named_acl.c: a changed acl.conf makes the manager re-read its users' ACLs
        modules.builtin("acl", "Named ACL system", this::reloadNamedAcls, "extconfig");
        modules.builtin("http", "Built-in HTTP Server", () -> true, "extconfig");
        modules.builtin("cdr", "CDR Engine", () -> true, "extconfig");
        modules.builtin("manager", "Asterisk Manager Interface", this::reloadManager, "extconfig", "acl", "http");
    }

    /** Module reload of manager: skipped when manager.conf and its includes are unchanged (spec 01 §5.4). */
    private boolean reloadManager() {
        if (managerConf != null && !managerConf.changedSinceRead()) {
            return true;
        }
        return applyManagerSettings(loadManagerSettings(runtime.settings(), false));
    }

    /**
     * Module reload of acl: a changed acl.conf is an ACL change, which makes the manager re-read
     * manager.conf in full when some user names an ACL (spec 01 §5.4).
     */
    private boolean reloadNamedAcls() {
        if (!namedAcls.reload() || !managerUsesNamedAcls) {
            return true;
        }
        return applyManagerSettings(loadManagerSettings(runtime.settings(), true));
    }

    private boolean applyManagerSettings(Optional<ManagerSettings> next) {
        if (next.isEmpty()) {
            return true;   // Asterisk logs and keeps everything as it was
        }
        runtime.settings(next.get());
        runtime.events().rendering(renderingOf(next.get(), runtime.asterisk()));
        pbxService.channelVariables(next.get().general().channelVars());
        try {
            listeners.apply(next.get().general());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            log.error("Manager listeners could not be restarted", e);
            return false;
        }
        return true;
    }

    /**
     * AMI over HTTP (spec 01 §7): http.conf's listeners on the same event loops as the AMI
     * listeners, the {@code http} module reload and {@code http show status}.
     */
    private void startHttp(Builder b) {
        http = new AmiHttpServer(runtime, new ActionDispatcher(runtime), boss, workers, b.httpPort, b.httpsPort);
        http.reload(this::readOptional, namedAcls.current());
        reloader.register("http", () -> http.reload(this::readOptional, namedAcls.current()));
        runtime.cli().register(new HttpShowStatusCommand(http));
    }

    private static EventRendering renderingOf(ManagerSettings s, AsteriskSettings a) {
        GeneralSettings g = s.general();
        return new EventRendering(g.timestampEvents(), g.debug(), a.systemName(),
                EventRendering.parseDisabledEvents(g.disabledEvents()));
    }

    private boolean cdrEnabled() {
        // ast_cdr_is_enabled: the CDR engine's setting as last loaded (cdr.conf [general] enable)
        return pbxService.callRecords().cdrEnabled();
    }

    /** Fails closed: an unusable certificate or key stops the TLS listener from starting. */
    private SslContext tlsContext(GeneralSettings g) {
        try {
            return new TlsContextFactory().create(g.tls());
        } catch (TlsSetupException e) {
            throw new IllegalStateException("Manager TLS: " + e.getMessage(), e);
        }
    }

    private void registerCli(CliRegistry cli) {
        List<CliCommand> commands = new ArrayList<>(ManagerCliCommands.all(runtime));
        commands.add(new CoreShowVersionCommand(BuildInfo.current()));
        commands.add(new CoreShowUptimeCommand(clock::now, runtime.status()::startup, runtime.status()::lastReload));
        commands.addAll(DatabaseCommands.all(astDb));
        commands.addAll(ModuleCommands.all(reloader.modules(), runtime));
        commands.addAll(CoreStopCommand.all(() -> stopRequested.complete(null)));
        commands.addAll(pbxService.pjsip().cliCommands());
        commands.addAll(StateCommands.all(pbxService.pbx(), astDb));
        commands.addAll(ChannelCliCommands.all(pbxService.pbx()));
        commands.addAll(DialplanCliCommands.all(pbxService.pbx(), runtime));
        commands.forEach(cli::register);
    }

    // ---- shutdown ----

    /**
     * Stops cleanly: the Shutdown event goes to every session that may see it, sessions are closed
     * after what is queued for them, then the listeners and the core stop.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        runtime.status().markShuttingDown();
        try {
            core.submit(() -> {
                runtime.events().publish("Shutdown", PermissionClass.SYSTEM.mask(),
                        "Shutdown: Cleanly\r\nRestart: False\r\n", "asterisk.c", "really_quit");
                return null;
            }).get(5, TimeUnit.SECONDS);
            core.submit(() -> null).get(5, TimeUnit.SECONDS);   // the event is dispatched after its task
        } catch (Exception e) {
            log.trace("Shutdown event not delivered: {}", e.toString());
        }
        for (AmiSession s : runtime.sessions().all()) {
            s.output().closeAfterPending();
        }
        closeQuietly();
    }

    private void closeQuietly() {
        if (listeners != null) {
            listeners.close();
        }
        if (http != null) {
            http.close();
        }
        Duration quiet = Duration.ofMillis(100);
        if (workers != null) {
            workers.shutdownGracefully(quiet.toMillis(), 3000, TimeUnit.MILLISECONDS).syncUninterruptibly();
        }
        if (boss != null) {
            boss.shutdownGracefully(0, 1000, TimeUnit.MILLISECONDS).syncUninterruptibly();
        }
        if (configActions != null) {
            configActions.close();
        }
        core.close();
        astDb.close();
    }

    /** Builds and starts a server. */
    public static final class Builder {
        private Path configDir;
        private Path dataDir;
        private Clock clock;
        private Integer amiPort;
        private Integer tlsPort;
        private Integer httpPort;
        private Integer httpsPort;
        private int ioThreads = 0;

        /** The Asterisk configuration directory (manager.conf, asterisk.conf, ...). Required. */
        public Builder configDir(Path dir) {
            this.configDir = dir;
            return this;
        }

        /** Overrides astdbdir, astspooldir, astlogdir and astrundir (the --data-dir option). */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** The clock; the system clock when not set. */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** Binds the plain AMI listener to this port instead of manager.conf's (0 = ephemeral). */
        public Builder amiPort(int port) {
            this.amiPort = port;
            return this;
        }

        /** Binds the TLS AMI listener to this port instead of the configured one (0 = ephemeral). */
        public Builder tlsPort(int port) {
            this.tlsPort = port;
            return this;
        }

        /** Binds the HTTP listener to this port instead of http.conf's bindport (0 = ephemeral). */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Binds the HTTPS listener to this port instead of http.conf's (0 = ephemeral). */
        public Builder httpsPort(int port) {
            this.httpsPort = port;
            return this;
        }

        /** Netty I/O threads (0 = Netty's default, twice the processors). */
        public Builder ioThreads(int threads) {
            this.ioThreads = threads;
            return this;
        }

        /** Reads the configuration and starts the core and the listeners. */
        public Switchboard start() throws Exception {
            if (configDir == null) {
                throw new IllegalArgumentException("configDir is required");
            }
            if (!Files.isDirectory(configDir)) {
                throw new IllegalArgumentException("not a directory: " + configDir);
            }
            return new Switchboard(this);
        }
    }
}
