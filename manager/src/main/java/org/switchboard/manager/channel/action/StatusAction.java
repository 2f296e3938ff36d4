package org.switchboard.manager.channel.action;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.switchboard.config.AstBool;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.ChannelBlock;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.eval.VariableList;
import org.switchboard.pbx.exec.ChannelEvalContext;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * Status (spec 02 §4.1; manager.c action_status, generate_status): one Status item per channel
 * (or the one named), with the requested Variables and, with AllVariables, every channel
 * variable; the ActionID comes last in each item.
 */
final class StatusAction implements ActionHandler {
    private final Pbx pbx;

    StatusAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "Status"; }
    @Override public int requiredWrite() {
        return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CALL, PermissionClass.REPORTING);
    }
    @Override public String synopsis() { return "List channel status."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("Channel");
        String variables = ctx.header("Variables");
        String allText = ctx.header("AllVariables");
        boolean allVariables = !allText.isEmpty() && AstBool.isTrue(allText);
        if (!ManagerFunctions.allowed(variables, ctx.session().writePerm())) {
            ctx.reply(AmiResponse.error("Status Access Forbidden: Variables"));
            return DONE;
        }
        List<String> names = variables.isEmpty() ? List.of() : AppArgs.standard(variables, 100).asList();
        return ctx.onCore(() -> {
            List<SimChannel> channels;
            if (name.isEmpty()) {
                channels = pbx.channels().newestFirst();
            } else {
                SimChannel c = pbx.channels().find(name).orElse(null);
                if (c == null) {
                    ctx.reply(AmiResponse.error("No such channel"));
                    return;
                }
                channels = List.of(c);
            }
            ctx.reply(AmiResponse.listAck("Channel status will follow"));
            for (SimChannel c : channels) {
                ctx.send(item(c, names, allVariables, ctx.actionId()));
            }
            ctx.send(AmiLists.start("StatusComplete", ctx.actionId(), channels.size())
                    .header("Items", channels.size()).build());
        });
    }

    private String item(SimChannel c, List<String> names, boolean allVariables, String actionId) {
        StringBuilder b = new StringBuilder(1024).append("Event: Status\r\nPrivilege: Call\r\n");
        ChannelBlock.append(b, c.snapshot());
        String connectedNum = c.connected().shownNumber();
        String connectedName = c.connected().shownName();
        List<String> formats = c.nativeFormats();
        String format = formats.isEmpty() ? "(nothing)" : formats.get(0);
        b.append("Type: ").append(c.tech()).append("\r\n")
                .append("DNID: ").append(c.dnid()).append("\r\n")
                .append("EffectiveConnectedLineNum: ").append(connectedNum.isEmpty() ? "<unknown>" : connectedNum).append("\r\n")
                .append("EffectiveConnectedLineName: ").append(connectedName.isEmpty() ? "<unknown>" : connectedName).append("\r\n")
                .append("TimeToHangup: ").append(c.whenToHangup() / 1000).append("\r\n")
                .append("BridgeID: ").append(c.bridgeId()).append("\r\n")
                .append("Application: ").append(c.application()).append("\r\n")
                .append("Data: ").append(c.applicationData()).append("\r\n")
                .append("Nativeformats: ").append(formats.isEmpty() ? "(nothing)" : "(" + String.join("|", formats) + ")").append("\r\n")
                .append("Readformat: ").append(format).append("\r\n")
                .append("Readtrans: \r\n")
                .append("Writeformat: ").append(format).append("\r\n")
                .append("Writetrans: \r\n")
                .append("Callgroup: 0\r\n")
                .append("Pickupgroup: 0\r\n")
                .append("Seconds: ").append(Duration.between(c.created(), pbx.clock().now()).toSeconds()).append("\r\n");
        ChannelEvalContext eval = new ChannelEvalContext(pbx, c, true);
        for (String n : names) {
            String value;
            if (!n.isEmpty() && n.endsWith(")")) {
                value = eval.readFunction(n);
                value = value == null ? "" : value;
            } else {
                value = eval.retrieveVariable(n);
                value = value == null ? "(null)" : value; // glibc prints a NULL %s so
            }
            b.append("Variable: ").append(n).append('=').append(value).append("\r\n");
        }
        if (allVariables) {
            for (VariableList.Entry v : c.variables()) {
                b.append("Variable: ").append(v.name()).append('=').append(v.value()).append("\r\n");
            }
        }
        if (!actionId.isEmpty()) {
            b.append("ActionID: ").append(actionId).append("\r\n");
        }
        return b.append("\r\n").toString();
    }
}
