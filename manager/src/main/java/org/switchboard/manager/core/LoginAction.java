package org.switchboard.manager.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.Transport;
import org.switchboard.manager.settings.ManagerUser;
import org.switchboard.pbx.log.Verbose;
import org.switchboard.protocol.AmiError;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Ascii;
import org.switchboard.protocol.HeaderNames;

/**
 * Login (spec 01 §2.3; manager.c action_login, authenticate). The credentials are checked on the
 * I/O thread against the current user list; success is applied on the core thread so that the
 * session starts receiving events exactly after its reply. A failure waits one second, answers
 * {@code Authentication failed} and ends the session.
 */
final class LoginAction implements ActionHandler {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");
    private static final Duration FAILURE_DELAY = Duration.ofSeconds(1);
    private static final int SYSTEM = PermissionClass.SYSTEM.mask();

    @Override public String name() { return "Login"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Login Manager."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        AmiSession session = ctx.session();
        if (session.authenticated()) {
            ctx.reply(AmiResponse.success("Already authenticated"));
            return DONE;
        }
        Optional<ManagerUser> user = authenticate(ctx);
        if (user.isEmpty()) {
            ctx.endSession();
            return ctx.after(FAILURE_DELAY).thenRun(() -> ctx.reply(AmiResponse.error(AmiError.AUTH_FAILED)));
        }
        String typedName = ctx.header(HeaderNames.USERNAME);
        String events = ctx.header(HeaderNames.EVENTS);
        return ctx.onCore(() -> accept(ctx, user.get(), typedName, events));
    }

    private Optional<ManagerUser> authenticate(ActionContext ctx) {
        ManagerRuntime rt = ctx.runtime();
        AmiSession session = ctx.session();
        String username = ctx.header(HeaderNames.USERNAME);
        if (username.isEmpty()) {
            return Optional.empty();   // no event and no log line for this one
        }
        String ip = NumericAddress.format(session.remote().getAddress());
        Optional<ManagerUser> found = rt.settings().user(username);
        boolean ok = false;
        if (found.isEmpty()) {
            rt.security().invalidAccountId(session, username);
            log.info("{} tried to authenticate with nonexistent user '{}'", ip, username);
        } else if (!found.get().permits(session.remote().getAddress())) {
            rt.security().failedAcl(session, username);
            log.info("{} failed to pass IP ACL as '{}'", ip, username);
        } else if (Ascii.equalsIgnoreCase(ctx.header(HeaderNames.AUTH_TYPE), "MD5")) {
            String key = ctx.header(HeaderNames.KEY);
            String secret = found.get().secret();
            if (!key.isEmpty() && !session.challenge().isEmpty() && secret != null) {
                String expected = md5Hex(session.challenge() + secret);
                if (expected.equals(key)) {
                    ok = true;
                } else {
                    rt.security().challengeResponseFailed(session, username, session.challenge(), key, expected);
                }
            } else {
                log.trace("MD5 authentication is not possible.  challenge: '{}'", session.challenge());
            }
        } else if (found.get().secret() != null) {
            if (found.get().secret().equals(ctx.header(HeaderNames.SECRET))) {
                ok = true;
            } else {
                rt.security().invalidPassword(session, username);
            }
        }
        if (!ok) {
            log.info("{} failed to authenticate as '{}'", ip, username);
            return Optional.empty();
        }
        return found;
    }

    private void accept(ActionContext ctx, ManagerUser user, String typedName, String eventsHeader) {
        ManagerRuntime rt = ctx.runtime();
        AmiSession session = ctx.session();
        Instant now = rt.clock().now();
        session.authenticate(typedName, user.readPerm(), user.writePerm(), user.writeTimeoutMs(),
                user.filters(), user.setvars(), now);
        int mask = Permissions.eventMask(eventsHeader);
        if (mask >= 0) {
            session.sendEvents(mask);
        }
        rt.security().successfulAuth(session);
        if (session.releaseAuthSlot()) {
            rt.sessions().releaseUnauthenticated();
        } else if (session.transport() == Transport.HTTP) {
            // quirk: action_login decrements the unauthenticated TCP count for HTTP sessions too,
            // although they never took a slot (spec 01 §7.4)
            rt.sessions().releaseUnauthenticated();
        }
        rt.dispatcher().add(session);
        if (rt.settings().user(typedName).map(ManagerUser::displayConnects).orElse(false)) {
            String prefix = session.transport() == Transport.HTTP ? "HTTP " : "";
            Verbose.log(log, 2, prefix + "Manager '" + typedName + "' logged on from "
                    + NumericAddress.format(session.remote().getAddress()));
        }
        ctx.reply(AmiResponse.success("Authentication accepted"));
        if ((session.sendEvents() & SYSTEM) != 0 && (session.readPerm() & SYSTEM) != 0 && rt.status().fullyBooted()) {
            long uptime = Duration.between(rt.status().startup(), now).getSeconds();
            long sinceReload = Duration.between(rt.status().lastReload(), now).getSeconds();
            ctx.send("Event: FullyBooted\r\n"
                    + "Privilege: " + Permissions.toPrivilegeString(SYSTEM) + "\r\n"
                    + "Uptime: " + uptime + "\r\n"
                    + "LastReload: " + sinceReload + "\r\n"
                    + "Status: Fully Booted\r\n\r\n");
        }
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
