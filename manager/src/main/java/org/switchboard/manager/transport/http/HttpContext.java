package org.switchboard.manager.transport.http;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionDispatcher;

/**
 * What every HTTP connection and endpoint shares: the manager runtime and dispatcher, the HTTP
 * sessions, the live http.conf settings and the count of open connections (sessionlimit).
 */
final class HttpContext {
    private final ManagerRuntime runtime;
    private final ActionDispatcher actions;
    private final HttpManagerSessions sessions;
    private final AtomicReference<HttpSettings> settings = new AtomicReference<>(HttpSettings.disabled());
    private final AtomicInteger connections = new AtomicInteger();
    private final HttpRouter router;

    HttpContext(ManagerRuntime runtime, ActionDispatcher actions) {
        this.runtime = runtime;
        this.actions = actions;
        this.sessions = new HttpManagerSessions(runtime);
        this.router = new HttpRouter(this);
    }

    ManagerRuntime runtime() {
        return runtime;
    }

    ActionDispatcher actions() {
        return actions;
    }

    HttpManagerSessions sessions() {
        return sessions;
    }

    HttpSettings settings() {
        return settings.get();
    }

    void settings(HttpSettings s) {
        settings.set(s);
    }

    /** Open HTTP connections, plain and TLS (http.c session_count). */
    AtomicInteger connections() {
        return connections;
    }

    HttpRouter router() {
        return router;
    }

    /** The six manager URIs exist only while manager.conf has enabled and webenabled (spec 01 §7.1). */
    boolean managerWebEnabled() {
        var g = runtime.settings().general();
        return g.enabled() && g.webEnabled();
    }

    String serverName() {
        return settings().serverName();
    }

    /** The digest realm: asterisk.conf systemname, or {@code asterisk} (manager.c global_realm). */
    String realm() {
        String systemName = runtime.asterisk().systemName();
        return systemName == null || systemName.isEmpty() ? "asterisk" : systemName;
    }
}
