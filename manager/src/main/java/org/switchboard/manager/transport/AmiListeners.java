package org.switchboard.manager.transport;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.settings.GeneralSettings;

/**
 * The plain and TLS AMI listeners. {@link #apply} is called at start-up and after each reload: a
 * listener is restarted only when its address or TLS settings changed, and open sessions are
 * never closed by it (spec 01 §5.4).
 */
public final class AmiListeners implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");

    private final ManagerRuntime runtime;
    private final ActionDispatcher actions;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Integer plainPortOverride;
    private final Integer tlsPortOverride;
    private final Function<GeneralSettings, SslContext> tlsContexts;
    private AmiListener plain;
    private AmiListener tls;
    private Object tlsKey;

    /**
     * @param tlsContexts builds the server TLS context from the settings; throws to refuse, which
     *                    leaves the TLS listener off (logged) and the plain one running
     * @param plainPortOverride a port that replaces manager.conf's (0 = ephemeral), or null
     */
    public AmiListeners(ManagerRuntime runtime, ActionDispatcher actions, EventLoopGroup boss, EventLoopGroup workers,
                        Integer plainPortOverride, Integer tlsPortOverride,
                        Function<GeneralSettings, SslContext> tlsContexts) {
        this.runtime = runtime;
        this.actions = actions;
        this.boss = boss;
        this.workers = workers;
        this.plainPortOverride = plainPortOverride;
        this.tlsPortOverride = tlsPortOverride;
        this.tlsContexts = tlsContexts;
    }

    public synchronized void apply(GeneralSettings g) throws InterruptedException {
        InetSocketAddress wantPlain = g.enabled() ? withPort(g.bindAddress(), plainPortOverride) : null;
        if (!Objects.equals(wantPlain, plain == null ? null : plain.configured())) {
            closePlain();
            if (wantPlain != null) {
                plain = AmiListener.bind(runtime, actions, boss, workers, wantPlain, null);
            }
        }
        // Asterisk starts the TLS listener whenever tlsenable is on and its settings are valid, and
        // it has an address: with enabled = no, manager.c gives it none but a tlsbindaddr written
        // in the file (ast_tls_read_conf stores that one directly)
        boolean tlsHasAddress = g.enabled() || g.tls().bindAddress().isPresent();
        InetSocketAddress wantTls = g.tlsEnabled() && tlsHasAddress ? withPort(g.tlsBindAddress(), tlsPortOverride) : null;
        Object key = wantTls == null ? null : java.util.List.of(wantTls, g.tls());
        if (!Objects.equals(key, tlsKey)) {
            closeTls();
            tlsKey = null;
            if (wantTls != null) {
                SslContext ssl;
                try {
                    ssl = tlsContexts.apply(g);
                } catch (RuntimeException unusable) {
                    // tcptls.c __ssl_setup: a certificate, key or cipher list that cannot be used
                    // leaves the TLS listener off with an error; plain AMI runs on (manager.c
                    // __init_manager), and the next reload tries again
                    log.error("{}", unusable.getMessage());
                    return;
                }
                tls = AmiListener.bind(runtime, actions, boss, workers, wantTls, ssl);
                tlsKey = key;
            }
        }
    }

    private static InetSocketAddress withPort(InetSocketAddress a, Integer override) {
        return override == null ? a : new InetSocketAddress(a.getAddress(), override);
    }

    public synchronized Optional<InetSocketAddress> plainAddress() {
        return Optional.ofNullable(plain).map(AmiListener::address);
    }

    public synchronized Optional<InetSocketAddress> tlsAddress() {
        return Optional.ofNullable(tls).map(AmiListener::address);
    }

    private void closePlain() {
        if (plain != null) {
            log.info("Manager TCP listener on {} stopped", ListenerBindException.hostPort(plain.address()));
            plain.close();
            plain = null;
        }
    }

    private void closeTls() {
        if (tls != null) {
            log.info("Manager TLS listener on {} stopped", ListenerBindException.hostPort(tls.address()));
            tls.close();
            tls = null;
        }
    }

    @Override
    public synchronized void close() {
        closePlain();
        closeTls();
    }
}
