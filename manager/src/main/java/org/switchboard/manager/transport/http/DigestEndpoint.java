package org.switchboard.manager.transport.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.settings.ManagerUser;
import org.switchboard.pbx.log.Verbose;

/**
 * /arawman, /amanager and /amxml (spec 01 §7.5; manager.c auth_http_callback): HTTP Digest
 * (MD5, qop auth or RFC 2069) against manager.conf secrets, with A1 = MD5(user:realm:secret).
 * Sessions are keyed by user name and nonce; a stale nonce, a nonce count that does not grow or a
 * nonce older than 62 s get a 401 with {@code stale=true}. The user's ACL applies (403). No
 * security events are raised, and the session gets neither the user's filters nor setvars.
 */
final class DigestEndpoint implements ManagerEndpoint {
    private static final Logger log = LoggerFactory.getLogger("manager");
    private static final long NONCE_LIFETIME_SECONDS = 62;

    private final HttpContext context;
    private final OutputFormat format;

    DigestEndpoint(HttpContext context, OutputFormat format) {
        this.context = context;
        this.format = format;
    }

    @Override
    public Optional<HttpReply> head(HttpExchange exchange) {
        Optional<HttpReply> refused = ManagerEndpoint.checkMethod(exchange, context.serverName());
        if (refused.isPresent()) {
            return refused;
        }
        String header = exchange.headers().get("Authorization");
        if (header == null || header.isEmpty()) {
            return challenge(0, false);
        }
        Optional<DigestAuthorization> parsed = DigestAuthorization.parse(header);
        if (parsed.isEmpty()) {
            return challenge(0, false);
        }
        DigestAuthorization d = parsed.get();
        Optional<Long> nonce = HexScan.scan(d.nonce());
        if (nonce.isEmpty()) {
            log.warn("Received incorrect nonce in Digest <{}>", d.nonce());
            return challenge(0, false);
        }
        String ip = NumericAddress.format(exchange.remote().getAddress());
        Optional<ManagerUser> found = context.runtime().settings().user(d.username());
        if (found.isEmpty()) {
            log.info("{} tried to authenticate with nonexistent user '{}'", ip, d.username());
            return challenge(0, false);
        }
        ManagerUser user = found.get();
        if (user.hasAcl() && !user.acl().permits(exchange.remote().getAddress(), "Manager User ACL:")) {
            log.info("{} failed to pass IP ACL as '{}'", ip, d.username());
            return Optional.of(HttpErrorPages.error(403, "Permission denied", "Permission denied",
                    context.serverName(), true));
        }
        // Asterisk would hash a missing secret as the text "(null)"; such a user cannot log in here
        if (user.secret() == null || !responseMatches(d, user, nonce.get(), canonicalMethod(exchange))) {
            return challenge(0, false);
        }

        HttpManagerSessions sessions = context.sessions();
        long now = HttpManagerSessions.nowSeconds();
        Optional<HttpManagerSessions.NonceMatch> match = sessions.findByNonce(d.username(), nonce.get());
        HttpManagerSession session;
        if (match.isEmpty()) {
            session = sessions.createDigest(user, nonce.get(), exchange.remote(), exchange.listener());
            if (user.displayConnects()) {
                Verbose.log(log, 2, "HTTP Manager '" + user.name() + "' logged in from " + ip);
            }
        } else if (match.get().stale()) {
            return challenge(match.get().session().managerId(), true);
        } else {
            session = match.get().session();
            // an RFC 2069 client sends no nc; Asterisk then compares an uninitialised variable,
            // here only the nonce's age is checked
            Optional<Long> count = d.nc().isEmpty() ? Optional.empty() : HexScan.scan(d.nc());
            Optional<Long> renewed = session.checkNonce(count, now, sessions::newNonce);
            if (renewed.isPresent()) {
                return challenge(renewed.get(), true);
            }
        }
        session.touchDigest(context.runtime().settings().general().httpTimeout());
        exchange.attach(session);
        return Optional.empty();
    }

    @Override
    public CompletionStage<HttpReply> handle(HttpExchange exchange, List<FormParams.Param> params) {
        HttpManagerSession session = exchange.digestSession();
        return AmiOverHttp.run(context.actions(), session.ami(), params, exchange).thenApply(outcome -> {
            if (outcome.endsSession()) {
                AmiSession ami = session.ami();
                if (context.sessions().displayConnects(ami.username())) {
                    Verbose.log(log, 2, "HTTP Manager '" + ami.username() + "' logged off from "
                            + NumericAddress.format(ami.remote().getAddress()));
                }
                context.sessions().destroy(session);
            }
            return HttpReply.ok(format.contentTypeLine(), ManagerPages.body(format, true, outcome.ami(), params));
        });
    }

    /** 401 with a new random nonce, or with {@code nonce} and stale=true. */
    private Optional<HttpReply> challenge(long nonce, boolean stale) {
        long n = nonce != 0 ? nonce : context.sessions().newNonce();
        return Optional.of(HttpErrorPages.unauthorized(context.realm(), n, stale, context.serverName()));
    }

    /** http.c ast_get_http_method: the method name Asterisk hashes into A2. */
    private static String canonicalMethod(HttpExchange exchange) {
        return exchange.method().toUpperCase(Locale.ROOT);
    }

    /**
     * The expected response over the nonce as Asterisk prints it ({@code %08lx} of the value it
     * parsed), compared without case over its 32 characters.
     */
    private boolean responseMatches(DigestAuthorization d, ManagerUser user, long nonce, String method) {
        String a1 = md5Hex(user.name() + ":" + context.realm() + ":" + user.secret());
        String a2 = md5Hex(method + ":" + d.uri());
        String nonceText = String.format("%08x", nonce);
        String expected = d.qop()
                ? md5Hex(a1 + ":" + nonceText + ":" + d.nc() + ":" + d.cnonce() + ":auth:" + a2)
                : md5Hex(a1 + ":" + nonceText + ":" + a2);
        return d.response().length() >= expected.length()
                && d.response().regionMatches(true, 0, expected, 0, expected.length());
    }

    static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java platform", e);
        }
    }
}
