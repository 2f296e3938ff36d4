package org.switchboard.manager.channel.cli;

import java.util.List;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.pbx.Pbx;

/**
 * The channel CLI commands: {@code core show channels}, {@code core show channel},
 * {@code channel request hangup}, {@code channel originate}. Their handlers run on the core
 * thread, as every CLI command does.
 */
public final class ChannelCliCommands {
    private ChannelCliCommands() { }

    public static List<CliCommand> all(Pbx pbx) {
        return List.of(new CoreShowChannelsCommand(pbx), new CoreShowChannelCommand(pbx),
                new ChannelRequestHangupCommand(pbx), new ChannelOriginateCommand(pbx));
    }

    /** "s" unless exactly one (ESS). */
    static String ess(long n) {
        return n == 1 ? "" : "s";
    }
}
