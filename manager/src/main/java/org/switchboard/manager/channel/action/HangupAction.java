package org.switchboard.manager.channel.action;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.session.Transport;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.log.Verbose;
import org.switchboard.pbx.text.PosixRegex;
import org.switchboard.pbx.text.PosixRegexException;
import org.switchboard.protocol.AmiBlockBuilder;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * Hangup (spec 02 §4.2; manager.c ast_manager_hangup_helper): one channel by name or Uniqueid,
 * or every channel whose name matches {@code /regex/} (listed as ChannelHungup items). The
 * channel is soft-hung-up with EXPLICIT, with no event of its own; a Cause of 1-127 becomes its
 * hangup cause.
 */
final class HangupAction implements ActionHandler {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");

    private final Pbx pbx;

    HangupAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "Hangup"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CALL); }
    @Override public String synopsis() { return "Hangup channel."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String nameOrRegex = ctx.header("Channel");
        if (nameOrRegex.isEmpty()) {
            ctx.reply(AmiResponse.error("No channel specified"));
            return DONE;
        }
        int cause = cause(ctx.header("Cause"));
        return ctx.onCore(() -> {
            if (nameOrRegex.charAt(0) != '/') {
                hangupOne(ctx, nameOrRegex, cause);
            } else {
                hangupMatching(ctx, nameOrRegex, cause);
            }
        });
    }

    private static int cause(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Long n = CNumbers.strictLong(text);
        if (n == null || n < 0 || n > 127) {
            log.info("Invalid 'Cause: {}' in manager action Hangup", text);
            return 0;
        }
        return n.intValue();
    }

    private void hangupOne(ActionContext ctx, String name, int cause) {
        SimChannel c = pbx.channels().find(name).orElse(null);
        if (c == null) {
            log.info("Request to hangup non-existent channel: {}", name);
            ctx.reply(AmiResponse.error("No such channel"));
            return;
        }
        hangup(ctx, c, cause);
        ctx.reply(AmiResponse.success("Channel Hungup"));
    }

    private void hangupMatching(ActionContext ctx, String slashed, int cause) {
        if (slashed.length() < 2 || slashed.charAt(slashed.length() - 1) != '/') {
            ctx.reply(AmiResponse.error("Regex format invalid, Channel param should be /regex/"));
            return;
        }
        Pattern regex;
        try {
            regex = PosixRegex.compile(slashed.substring(1, slashed.length() - 1), false);
        } catch (PosixRegexException e) {
            ctx.reply(AmiResponse.error("Regex compile failed on: " + slashed));
            return;
        }
        ctx.reply(AmiResponse.listAck("Channels hung up will follow"));
        List<SimChannel> matching = new ArrayList<>();
        for (SimChannel c : pbx.channels().all()) {
            if (regex.matcher(c.name()).find()) {
                matching.add(c);
            }
        }
        for (SimChannel c : matching) {
            hangup(ctx, c, cause);
            ctx.send(new AmiBlockBuilder().header("Event", "ChannelHungup").header("Channel", c.name())
                    .headerIfNotEmpty("ActionID", ctx.actionId()).build());
        }
        ctx.send(AmiLists.complete("ChannelsHungupListComplete", ctx.actionId(), matching.size()));
    }

    // channel.c ast_channel_softhangup_withcause_locked
    private static void hangup(ActionContext ctx, SimChannel c, int cause) {
        Verbose.log(log, 3, (ctx.session().transport() == Transport.HTTP ? "HTTP " : "") + "Manager '"
                + ctx.session().username() + "' from " + NumericAddress.format(ctx.session().remote().getAddress())
                + ", hanging up channel: " + c.name());
        if (cause > 0) {
            c.setHangupCause(cause);
        }
        c.softHangupQuietly(SoftHangup.EXPLICIT);
    }
}
