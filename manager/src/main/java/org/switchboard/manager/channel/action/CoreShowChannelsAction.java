package org.switchboard.manager.channel.action;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.ChannelBlock;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * CoreShowChannels (spec 02 §4.1; manager.c action_coreshowchannels): one CoreShowChannel item
 * per channel from its last snapshot, with the ActionID before the channel block.
 */
final class CoreShowChannelsAction implements ActionHandler {
    private final Pbx pbx;

    CoreShowChannelsAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "CoreShowChannels"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "List currently active channels."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> {
            ctx.reply(AmiResponse.listAck("Channels will follow"));
            List<SimChannel> channels = pbx.channels().newestFirst();
            String id = ctx.actionId();
            for (SimChannel c : channels) {
                ChannelSnapshot s = c.snapshot();
                StringBuilder b = new StringBuilder(768).append("Event: CoreShowChannel\r\n");
                if (!id.isEmpty()) {
                    b.append("ActionID: ").append(id).append("\r\n");
                }
                ChannelBlock.append(b, s);
                b.append("Application: ").append(s.application()).append("\r\n");
                b.append("ApplicationData: ").append(s.applicationData()).append("\r\n");
                b.append("Duration: ").append(hms(Duration.between(s.created(), pbx.clock().now()))).append("\r\n");
                b.append("BridgeId: ").append(s.bridgeId()).append("\r\n\r\n");
                ctx.send(b.toString());
            }
            ctx.send(AmiLists.complete("CoreShowChannelsComplete", id, channels.size()));
        });
    }

    static String hms(Duration d) {
        long seconds = Math.max(0, d.toMillis() / 1000);
        return String.format("%02d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    }
}
