package org.switchboard.manager.transport.http;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.acl.NamedAcls;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.transport.tls.TlsContextFactory;
import org.switchboard.manager.transport.tls.TlsSettings;
import org.switchboard.manager.transport.tls.TlsSetupException;

/**
 * AMI over HTTP (spec 01 §7): http.conf's plain and TLS listeners on the manager's event loops,
 * the six manager URIs, the HTTP manager sessions and their expiry.
 *
 * <pre>{@code
 * AmiHttpServer http = new AmiHttpServer(runtime, dispatcher, boss, workers, null, null);
 * http.reload(name -> readConfig(name), namedAcls);   // reads http.conf, binds
 * }</pre>
 *
 * A (re)load starts from http.conf's defaults, is skipped when http.conf is missing or unchanged
 * (but for the TLS certificate and key, which every reload reads again), and rebinds a listener
 * only when its address or TLS settings changed; open connections and sessions survive it. Whether the manager URIs answer (rather than 404) follows manager.conf's
 * {@code enabled} and {@code webenabled} at each request. Expired sessions are purged every
 * second, in real time. Limits: no static files, no status page, no WebSocket upgrade.
 */
public final class AmiHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("http");
    private static final long PURGE_INTERVAL_MS = 1000;

    private final HttpContext context;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Integer plainPortOverride;
    private final Integer tlsPortOverride;
    private final ScheduledFuture<?> purge;
    private ConfigFile source;
    private HttpListener plain;
    private HttpListener tls;

    /**
     * @param plainPortOverride a port that replaces http.conf's (0 = ephemeral), or null
     * @param tlsPortOverride   the same for the TLS listener
     */
    public AmiHttpServer(ManagerRuntime runtime, ActionDispatcher actions, EventLoopGroup boss, EventLoopGroup workers,
                         Integer plainPortOverride, Integer tlsPortOverride) {
        this.context = new HttpContext(runtime, actions);
        this.boss = boss;
        this.workers = workers;
        this.plainPortOverride = plainPortOverride;
        this.tlsPortOverride = tlsPortOverride;
        this.purge = workers.next().scheduleAtFixedRate(() -> context.sessions().purge(),
                PURGE_INTERVAL_MS, PURGE_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * The {@code http} module reload (also the first load): reads http.conf through
     * {@code files}; {@code acl=} lines of restrictions name ACLs of {@code namedAcls}, the rules
     * the acl module holds (http.c ast_append_acl looks them up there, it does not read acl.conf).
     * Returns false when a listener could not be started.
     */
    public synchronized boolean reload(Function<String, Optional<ConfigFile>> files, NamedAcls namedAcls) {
        if (source != null && !source.changedSinceRead()) {
            // http.c: even with http.conf unchanged, the certificate and key are read again
            return reloadTlsFiles(context.settings());
        }
        Optional<ConfigFile> conf = files.apply("http.conf");
        if (conf.isEmpty()) {
            return true;   // http.c: no file, nothing changes
        }
        source = conf.get();
        return apply(HttpSettingsLoader.load(conf.get(), namedAcls));
    }

    /** Swaps in new settings and (re)binds the listeners that changed. */
    public synchronized boolean apply(HttpSettings settings) {
        context.settings(settings);
        boolean ok = true;
        Optional<InetSocketAddress> wantPlain = settings.plainListener().map(a -> withPort(a, plainPortOverride));
        if (!Objects.equals(wantPlain.orElse(null), plain == null ? null : plain.key())) {
            closePlain();
            if (wantPlain.isPresent()) {
                try {
                    plain = HttpListener.bind(context, boss, workers, wantPlain.get(), null, wantPlain.get());
                } catch (Exception e) {
                    log.warn("Failed to start HTTP server 'http server' at address '{}': {}", NumericAddress.hostPort(wantPlain.get()), e.toString());
                    ok = false;
                }
            }
        }
        Optional<InetSocketAddress> wantTls = settings.tlsListener().map(a -> withPort(a, tlsPortOverride));
        Object tlsKey = wantTls.map(a -> (Object) List.of(a, settings.tls())).orElse(null);
        if (tls != null && Objects.equals(tlsKey, tls.key())) {
            ok &= reloadTlsFiles(settings);
        } else {
            closeTls();
            if (wantTls.isPresent()) {
                try {
                    SslContext ssl = new TlsContextFactory().create(withoutDefaultCipherList(settings.tls()));
                    tls = HttpListener.bind(context, boss, workers, wantTls.get(), ssl, tlsKey);
                } catch (TlsSetupException e) {
                    // fails closed: no HTTPS listener without a usable certificate and key
                    log.error("HTTPS: {}", e.getMessage());
                    ok = false;
                } catch (Exception e) {
                    log.warn("Failed to start HTTP server 'https server' at address '{}': {}", NumericAddress.hostPort(wantTls.get()), e.toString());
                    ok = false;
                }
            }
        }
        return ok;
    }

    /**
     * http.c __ast_http_load runs ast_ssl_setup on every load while TLS is on: the certificate and
     * key files are read again (a renewed certificate takes effect) and connections accepted from
     * then on use them. When they no longer load, HTTPS stops (fails closed).
     */
    private boolean reloadTlsFiles(HttpSettings settings) {
        if (tls == null) {
            return true;
        }
        try {
            tls.ssl(new TlsContextFactory().create(withoutDefaultCipherList(settings.tls())));
            return true;
        } catch (TlsSetupException e) {
            log.error("HTTPS: {}", e.getMessage());
            closeTls();
            return false;
        }
    }

    /**
     * http.c's built-in cipher list (Mozilla's 2015 "intermediate" list) uses OpenSSL keywords the
     * JDK cannot honour; when nobody wrote tlscipher, the JDK's own (stricter) defaults stand in
     * for it instead of a warning about a line that is not in the file.
     */
    private static TlsSettings withoutDefaultCipherList(TlsSettings tls) {
        return tls.cipher().equals(HttpSettings.DEFAULT_CIPHERS) ? tls.withCipher("") : tls;
    }

    private static InetSocketAddress withPort(InetSocketAddress a, Integer override) {
        return override == null ? a : new InetSocketAddress(a.getAddress(), override);
    }

    /** The live http.conf settings. */
    public HttpSettings settings() {
        return context.settings();
    }

    /** The bound plain HTTP address, if that listener runs. */
    public synchronized Optional<InetSocketAddress> plainAddress() {
        return Optional.ofNullable(plain).map(HttpListener::address);
    }

    /** The bound HTTPS address, if that listener runs. */
    public synchronized Optional<InetSocketAddress> tlsAddress() {
        return Optional.ofNullable(tls).map(HttpListener::address);
    }

    /** The URIs that answer now, as {@code http show status} lists them: {@code /prefix/uri => description}. */
    public List<String> enabledUris() {
        String prefix = context.settings().prefix();
        return context.router().registered().stream()
                .map(r -> prefix + "/" + r.uri() + " => " + r.description())
                .toList();
    }

    /** How many HTTP manager sessions exist. */
    public int sessionCount() {
        return context.sessions().size();
    }

    private void closePlain() {
        if (plain != null) {
            log.info("Stopped http server 'http server' listening at '{}'", NumericAddress.hostPort(plain.address()));
            plain.close();
            plain = null;
        }
    }

    private void closeTls() {
        if (tls != null) {
            log.info("Stopped http server 'https server' listening at '{}'", NumericAddress.hostPort(tls.address()));
            tls.close();
            tls = null;
        }
    }

    /** Stops the listeners and the purge, and ends every HTTP session. */
    @Override
    public synchronized void close() {
        purge.cancel(false);
        closePlain();
        closeTls();
        context.sessions().destroyAll();
    }
}
