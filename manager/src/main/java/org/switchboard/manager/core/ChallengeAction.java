package org.switchboard.manager.core;

import java.security.SecureRandom;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.protocol.AmiError;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Ascii;
import org.switchboard.protocol.HeaderNames;

/**
 * Challenge (spec 01 §2.3): needs {@code AuthType: MD5}; the challenge is made once per session
 * and never changes. Asterisk prints a random 0..2^31-1 into a 10-byte buffer, so it has at most
 * 9 digits.
 */
final class ChallengeAction implements ActionHandler {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override public String name() { return "Challenge"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Generate Challenge for MD5 Auth."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        if (!Ascii.equalsIgnoreCase(ctx.header(HeaderNames.AUTH_TYPE), "MD5")) {
            ctx.reply(AmiResponse.error(AmiError.MUST_SPECIFY_AUTHTYPE));
            return DONE;
        }
        AmiSession session = ctx.session();
        if (session.challenge().isEmpty()) {
            session.challenge(newChallenge());
        }
        ctx.reply(AmiResponse.startAck().with(HeaderNames.CHALLENGE, session.challenge()));
        return DONE;
    }

    static String newChallenge() {
        String digits = Long.toString(RANDOM.nextInt(Integer.MAX_VALUE));
        return digits.length() > 9 ? digits.substring(0, 9) : digits;
    }
}
