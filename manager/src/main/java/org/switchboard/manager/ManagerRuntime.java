package org.switchboard.manager;

import java.util.concurrent.atomic.AtomicReference;

import org.switchboard.manager.action.ActionRegistry;
import org.switchboard.manager.cli.CliRegistry;
import org.switchboard.manager.event.EventDispatcher;
import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.manager.security.SecurityEvents;
import org.switchboard.manager.session.CoreWriteBatch;
import org.switchboard.manager.session.SessionRegistry;
import org.switchboard.manager.settings.ManagerSettings;
import org.switchboard.pbx.core.AsteriskSettings;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.core.SystemStatus;
import org.switchboard.pbx.time.Clock;

/**
 * What action handlers, transports and CLI commands share: the live settings, sessions, event
 * publishing, the PBX core and the system status. Built once by {@link Switchboard}.
 */
public final class ManagerRuntime {
    private final AtomicReference<ManagerSettings> settings;
    private final AtomicReference<AsteriskSettings> asterisk;
    private final SessionRegistry sessions;
    private final EventDispatcher dispatcher;
    private final ManagerEvents events;
    private final SecurityEvents security;
    private final CoreLoop core;
    private final CoreWriteBatch coreWriteBatch;
    private final Clock clock;
    private final SystemStatus status;
    private final CliRegistry cli;
    private final Reloader reloader;
    private volatile ActionRegistry actions;
    private volatile boolean managerDebug;

    /** Reloads configuration: all of it (module null) or one module; answers Reload's outcomes. */
    public interface Reloader {
        /** Reloads and announces it with the Reload event. */
        ReloadResult reload(String module);

        /** Reloads without the event. */
        ReloadResult reloadQuietly(String module);

        /** Asterisk's ast_module_reload results (spec 01 §9.2 Reload). */
        enum ReloadResult { SUCCESS, QUEUED, NOT_FOUND, NOT_IMPLEMENTED, ERROR, IN_PROGRESS, UNINITIALIZED }
    }

    public ManagerRuntime(ManagerSettings initialSettings, AsteriskSettings asteriskSettings, SessionRegistry sessions,
                          EventDispatcher dispatcher, ManagerEvents events, SecurityEvents security, CoreLoop core,
                          Clock clock, SystemStatus status, CliRegistry cli, Reloader reloader) {
        this.settings = new AtomicReference<>(initialSettings);
        this.asterisk = new AtomicReference<>(asteriskSettings);
        this.sessions = sessions;
        this.dispatcher = dispatcher;
        this.events = events;
        this.security = security;
        this.core = core;
        this.coreWriteBatch = new CoreWriteBatch(core);
        this.clock = clock;
        this.status = status;
        this.cli = cli;
        this.reloader = reloader;
    }

    public ManagerSettings settings() { return settings.get(); }
    public void settings(ManagerSettings s) {
        settings.set(s);
        managerDebug = s.general().debug();
    }

    public AsteriskSettings asterisk() { return asterisk.get(); }
    public void asterisk(AsteriskSettings a) { asterisk.set(a); }

    public SessionRegistry sessions() { return sessions; }
    public EventDispatcher dispatcher() { return dispatcher; }
    public ManagerEvents events() { return events; }
    public SecurityEvents security() { return security; }
    public CoreLoop core() { return core; }
    /** Where sessions' writes from the core thread wait for the end of its burst. */
    public CoreWriteBatch coreWriteBatch() { return coreWriteBatch; }
    public Clock clock() { return clock; }
    public SystemStatus status() { return status; }
    public CliRegistry cli() { return cli; }
    public Reloader reloader() { return reloader; }

    public ActionRegistry actions() { return actions; }
    public void actions(ActionRegistry registry) { this.actions = registry; }

    /** {@code manager set debug}: logs every action (secrets redacted); starts from manager.conf debug. */
    public boolean managerDebug() { return managerDebug; }

    /**
     * manager.c has one manager_debug for the [general] option and the CLI, so turning it on or
     * off also adds or drops the debug headers of the events that follow.
     */
    public void managerDebug(boolean on) {
        managerDebug = on;
        events.rendering(events.rendering().withDebug(on));
    }
}
