package org.switchboard.manager.pjsip;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.pjsip.PhoneBehaviour;
import org.switchboard.pbx.pjsip.PhoneRequestException;
import org.switchboard.pbx.pjsip.Phones;
import org.switchboard.protocol.AmiResponse;

/**
 * SBCall (Switchboard's own): the phone of {@code Endpoint} dials {@code Exten}; a new
 * {@code PJSIP/<endpoint>-n} channel runs the dialplan from the endpoint's context. Optional
 * {@code HangupAfter} (seconds after the answer) and {@code Dtmf} replace the phone's settings for
 * this call; {@code ChannelId} gives the channel's Uniqueid. The response names the channel.
 */
final class PhoneCallAction implements ActionHandler {
    private final Phones phones;

    PhoneCallAction(Phones phones) {
        this.phones = phones;
    }

    @Override public String name() { return "SBCall"; }
    @Override public int requiredWrite() { return PermissionClass.ORIGINATE.mask(); }
    @Override public String synopsis() { return "Make a simulated PJSIP phone call into the dialplan."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String endpoint = EndpointNames.required(ctx).orElse(null);
        if (endpoint == null) {
            return DONE;
        }
        Duration hangupAfter = null;
        String hangupText = ctx.header("HangupAfter");
        if (!hangupText.isEmpty()) {
            Optional<Duration> d = PhoneBehaviour.secondsOf(hangupText);
            if (d.isEmpty()) {
                ctx.reply(AmiResponse.error("HangupAfter must be a number of seconds"));
                return DONE;
            }
            hangupAfter = d.get();
        }
        String dtmf = ctx.message().headers().has("Dtmf") ? ctx.header("Dtmf") : null;
        if (dtmf != null && PhoneBehaviour.problem("dtmf", dtmf).isPresent()) {
            ctx.reply(AmiResponse.error("Dtmf may hold only 0-9, *, # and A-D"));
            return DONE;
        }
        String channelId = ctx.header("ChannelId");
        Phones.CallOptions options = new Phones.CallOptions(channelId.isEmpty() ? null : channelId, hangupAfter,
                dtmf == null ? null : dtmf.strip());
        String exten = ctx.header("Exten");
        return ctx.onCore(() -> {
            try {
                SimChannel channel = phones.placeCall(endpoint, exten, options);
                ctx.reply(AmiResponse.success("Call placed").with("Channel", channel.name())
                        .with("Uniqueid", channel.uniqueId()));
            } catch (PhoneRequestException e) {
                ctx.reply(AmiResponse.error(e.getMessage()));
            }
        });
    }
}
