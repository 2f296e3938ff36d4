package org.switchboard.manager.channel.cli;

import java.time.Duration;
import java.util.List;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.chanfunc.ChannelProperties;

/**
 * {@code core show channels [concise|verbose|count]} (cli.c handle_chanlist): one line per
 * channel from its snapshot, then the channel and call counters (not in concise form). Channels
 * are listed newest first, as CoreShowChannels lists them.
 */
final class CoreShowChannelsCommand implements CliCommand {
    private static final String FORMAT = "%-64.64s %-32.32s %-7.7s %-30.30s\n";
    private static final String VERBOSE = "%-80.80s %-24.24s %-24.24s %4d %-7.7s %-12.12s %-25.25s %-15.15s %8.8s "
            + "%-11.11s %-11.11s %-20.20s\n";
    private static final String VERBOSE_HEAD = "%-80.80s %-24.24s %-24.24s %-4.4s %-7.7s %-12.12s %-25.25s %-15.15s "
            + "%8.8s %-11.11s %-11.11s %-20.20s\n";

    private final Pbx pbx;

    CoreShowChannelsCommand(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String command() { return "core show channels [concise|verbose|count]"; }
    @Override public String summary() { return "Display information on channels"; }
    @Override public String usage() {
        return "Usage: core show channels [concise|verbose|count]\n"
                + "       Lists currently defined channels and some information about them. If\n"
                + "       'concise' is specified, the format is abridged and in a more easily\n"
                + "       machine parsable format. If 'verbose' is specified, the output includes\n"
                + "       more and longer fields. If 'count' is specified only the channel and call\n"
                + "       count is output.\n";
    }

    @Override
    public CliResult execute(CliInvocation out) {
        List<String> w = out.words();
        boolean concise = false;
        boolean verbose = false;
        boolean count = false;
        if (w.size() == 4) {
            String mode = w.get(3);
            if (mode.equalsIgnoreCase("concise")) {
                concise = true;
            } else if (mode.equalsIgnoreCase("verbose")) {
                verbose = true;
            } else if (mode.equalsIgnoreCase("count")) {
                count = true;
            } else {
                return CliResult.SHOWUSAGE;
            }
        } else if (w.size() != 3) {
            return CliResult.SHOWUSAGE;
        }
        if (!count) {
            if (!concise && !verbose) {
                out.printf(FORMAT, "Channel", "Location", "State", "Application(Data)");
            } else if (verbose) {
                out.printf(VERBOSE_HEAD, "Channel", "Context", "Extension", "Priority", "State", "Application", "Data",
                        "CallerID", "Duration", "Accountcode", "PeerAccount", "BridgeID");
            }
            for (SimChannel c : pbx.channels().newestFirst()) {
                line(out, c, concise, verbose);
            }
        }
        if (!concise) {
            int channels = pbx.status().activeChannels();
            int calls = pbx.status().activeCalls();
            long processed = pbx.status().totalCalls();
            out.print(channels + " active channel" + ChannelCliCommands.ess(channels) + "\n");
            out.print(calls + " active call" + ChannelCliCommands.ess(calls) + "\n");
            out.print(processed + " call" + ChannelCliCommands.ess(processed) + " processed\n");
        }
        return CliResult.SUCCESS;
    }

    private void line(CliInvocation out, SimChannel c, boolean concise, boolean verbose) {
        ChannelSnapshot s = c.snapshot();
        long seconds = Math.max(0, Duration.between(s.created(), pbx.clock().now()).toMillis() / 1000);
        if (concise) {
            out.print(s.name() + "!" + s.context() + "!" + s.exten() + "!" + s.priority() + "!" + s.state().text() + "!"
                    + (s.application().isEmpty() ? "(None)" : s.application()) + "!" + s.applicationData() + "!"
                    + s.caller().shownNumber() + "!" + s.accountCode() + "!" + s.peerAccount() + "!"
                    + ChannelProperties.amaFlags(c) + "!" + seconds + "!" + s.bridgeId() + "!" + s.uniqueId() + "\n");
        } else if (verbose) {
            String duration = String.format("%02d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
            out.printf(VERBOSE, s.name(), s.context(), s.exten(), s.priority(), s.state().text(),
                    s.application().isEmpty() ? "(None)" : s.application(),
                    s.applicationData().isEmpty() ? "(Empty)" : s.applicationData(), s.caller().shownNumber(),
                    duration, s.accountCode(), s.peerAccount(), s.bridgeId());
        } else {
            String location = "(None)";
            if (!s.context().isEmpty() && !s.exten().isEmpty()) {
                location = truncate(s.exten() + "@" + s.context() + ":" + s.priority(), 39);
            }
            String appData = "(None)";
            if (!s.application().isEmpty()) {
                appData = truncate(s.application() + "(" + s.applicationData() + ")", 39);
            }
            out.printf(FORMAT, s.name(), location, s.state().text(), appData);
        }
    }

    /** snprintf into a 40-byte buffer. */
    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
