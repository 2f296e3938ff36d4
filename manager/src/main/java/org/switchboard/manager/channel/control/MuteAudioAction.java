package org.switchboard.manager.channel.control;

import java.util.concurrent.CompletionStage;

import org.switchboard.config.AstBool;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.ResponseType;

/**
 * MuteAudio (spec 02 §4.2; res_mutestream.c manager_mutestream): mutes or unmutes a channel's
 * audio {@code in}, {@code out} or {@code all}. The simulation carries no audio; the state is
 * kept on the channel ({@link MutedAudio}). Success is a bare response without a Message.
 */
final class MuteAudioAction implements ActionHandler {
    private final Pbx pbx;

    MuteAudioAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "MuteAudio"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Mute an audio stream."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("Channel");
        String state = ctx.header("State");
        String direction = ctx.header("Direction");
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("Channel not specified"));
            return DONE;
        }
        if (state.isEmpty()) {
            ctx.reply(AmiResponse.error("State not specified"));
            return DONE;
        }
        if (direction.isEmpty()) {
            ctx.reply(AmiResponse.error("Direction not specified"));
            return DONE;
        }
        boolean mute = AstBool.isTrue(state);
        return ctx.onCore(() -> {
            SimChannel c = pbx.channels().find(name).orElse(null);
            if (c == null) {
                ctx.reply(AmiResponse.error("No such channel"));
                return;
            }
            if (!MutedAudio.apply(c, direction, mute)) {
                ctx.reply(AmiResponse.error("Failed to mute/unmute stream"));
                return;
            }
            ctx.reply(AmiResponse.bare(ResponseType.SUCCESS));
        });
    }
}
