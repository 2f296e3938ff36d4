package org.switchboard.manager.channel.cli;

import java.time.Duration;
import java.util.List;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.chanfunc.ChannelProperties;
import org.switchboard.pbx.dialplan.eval.VariableList;

/**
 * {@code core show channel <channel>} (cli.c handle_showchan): the channel's general and PBX
 * facts, its variables and its media streams. Limits: no call identifier ("(None)") and no CDR
 * variables section.
 */
final class CoreShowChannelCommand implements CliCommand {
    private final Pbx pbx;

    CoreShowChannelCommand(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String command() { return "core show channel"; }
    @Override public String summary() { return "Display information on a specific channel"; }
    @Override public String usage() {
        return "Usage: core show channel <channel>\n"
                + "       Shows lots of information about the specified channel.\n";
    }

    @Override
    public List<String> complete(List<String> words, int position, String partial) {
        if (position != 3) {
            return List.of();
        }
        return pbx.channels().all().stream().map(SimChannel::name)
                .filter(n -> n.regionMatches(true, 0, partial, 0, partial.length())).toList();
    }

    @Override
    public CliResult execute(CliInvocation out) {
        List<String> w = out.words();
        if (w.size() != 4) {
            return CliResult.SHOWUSAGE;
        }
        SimChannel c = pbx.channels().find(w.get(3)).orElse(null);
        if (c == null) {
            out.print(w.get(3) + " is not a known channel\n");
            return CliResult.SUCCESS;
        }
        long elapsed = Duration.between(c.created(), pbx.clock().now()).toSeconds();
        String elapsedText = (elapsed / 3600) + "h" + ((elapsed % 3600) / 60) + "m" + (elapsed % 60) + "s";
        List<String> formats = c.nativeFormats();
        String format = formats.isEmpty() ? "(nothing)" : formats.get(0);
        Party caller = c.caller();
        Party connected = c.connected();
        StringBuilder b = new StringBuilder(2048)
                .append(" -- General --\n")
                .append("           Name: ").append(c.name()).append('\n')
                .append("           Type: ").append(c.tech()).append('\n')
                .append("       UniqueID: ").append(c.uniqueId()).append('\n')
                .append("       LinkedID: ").append(c.linkedId()).append('\n');
        String tenant = ChannelProperties.tenantId(c);
        if (!tenant.isEmpty()) {
            b.append("       TenantID: ").append(tenant).append('\n');
        }
        b.append("      Caller ID: ").append(caller.numberValid() ? caller.number() : "(N/A)").append('\n')
                .append(" Caller ID Name: ").append(caller.nameValid() ? caller.name() : "(N/A)").append('\n')
                .append("Connected Line ID: ").append(connected.numberValid() ? connected.number() : "(N/A)").append('\n')
                .append("Connected Line ID Name: ").append(connected.nameValid() ? connected.name() : "(N/A)")
                .append('\n')
                .append("Eff. Connected Line ID: ").append(connected.numberValid() ? connected.number() : "(N/A)")
                .append('\n')
                .append("Eff. Connected Line ID Name: ").append(connected.nameValid() ? connected.name() : "(N/A)")
                .append('\n')
                .append("    DNID Digits: ").append(c.dnid().isEmpty() ? "(N/A)" : c.dnid()).append('\n')
                .append("       Language: ").append(c.language()).append('\n')
                .append("          State: ").append(c.state().text()).append(" (").append(c.state().number()).append(")\n")
                .append("  NativeFormats: ").append(formats.isEmpty() ? "(nothing)" : "(" + String.join("|", formats) + ")")
                .append('\n')
                .append("    WriteFormat: ").append(format).append('\n')
                .append("     ReadFormat: ").append(format).append('\n')
                .append(" WriteTranscode: No \n")
                .append("  ReadTranscode: No \n")
                .append(" Time to Hangup: ").append(c.whenToHangup() / 1000).append('\n')
                .append("   Elapsed Time: ").append(elapsedText).append('\n')
                .append("      Bridge ID: ").append(c.bridgeId().isEmpty() ? "(Not bridged)" : c.bridgeId()).append('\n')
                .append(" --   PBX   --\n")
                .append("        Context: ").append(c.context()).append('\n')
                .append("      Extension: ").append(c.exten()).append('\n')
                .append("       Priority: ").append(c.priority()).append('\n')
                .append("     Call Group: ").append(ChannelProperties.callGroup(c)).append('\n')
                .append("   Pickup Group: ").append(ChannelProperties.pickupGroup(c)).append('\n')
                .append("    Application: ").append(c.application().isEmpty() ? "(N/A)" : c.application()).append('\n')
                .append("           Data: ").append(c.applicationData().isEmpty() ? "(Empty)" : c.applicationData())
                .append('\n')
                .append(" Call Identifier: (None)\n")
                .append("      Variables:\n");
        for (VariableList.Entry v : c.variables()) {
            b.append(v.name()).append('=').append(v.value()).append('\n');
        }
        b.append(" -- Streams --\n")
                .append("Name: audio\n")
                .append("    Type: audio\n")
                .append("    State: sendrecv\n")
                .append("    Group: -1\n")
                .append("    Formats: ").append(formats.isEmpty() ? "(nothing)" : "(" + String.join("|", formats) + ")")
                .append('\n')
                .append("    Metadata:\n");
        out.print(b.toString());
        return CliResult.SUCCESS;
    }
}
