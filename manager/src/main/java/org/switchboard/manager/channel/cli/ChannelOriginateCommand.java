package org.switchboard.manager.channel.cli;

import java.time.Duration;
import java.util.List;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.originate.OriginateRequest;
import org.switchboard.pbx.originate.Originator;

/**
 * {@code channel originate <tech/data> application <app> [data]} and
 * {@code channel originate <tech/data> extension [exten@][context]} (res_clioriginate.c): an
 * asynchronous originate with a 30 s timeout, like a call file.
 */
final class ChannelOriginateCommand implements CliCommand {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Pbx pbx;

    ChannelOriginateCommand(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String command() { return "channel originate"; }
    @Override public String summary() { return "Originate a call"; }
    @Override public String usage() {
        return "  There are two ways to use this command. A call can be originated between a\n"
                + "channel and a specific application, or between a channel and an extension in\n"
                + "the dialplan. This is similar to call files or the manager originate action.\n"
                + "Calls originated with this command are given a timeout of 30 seconds.\n\n"
                + "Usage1: channel originate <tech/data> application <appname> [appdata]\n"
                + "  This will originate a call between the specified channel tech/data and the\n"
                + "given application. Arguments to the application are optional. If the given\n"
                + "arguments to the application include spaces, all of the arguments to the\n"
                + "application need to be placed in quotation marks.\n\n"
                + "Usage2: channel originate <tech/data> extension [exten@][context]\n"
                + "  This will originate a call between the specified channel tech/data and the\n"
                + "given extension. If no context is specified, the 'default' context will be\n"
                + "used. If no extension is given, the 's' extension will be used.\n";
    }

    @Override
    public List<String> complete(List<String> words, int position, String partial) {
        if (position == 3) {
            return List.of("application", "extension").stream().filter(s -> s.startsWith(partial)).toList();
        }
        if (position == 4 && words.size() > 3 && words.get(3).equalsIgnoreCase("application")) {
            return pbx.applications().all().stream().map(a -> a.name())
                    .filter(n -> n.regionMatches(true, 0, partial, 0, partial.length())).toList();
        }
        return List.of();
    }

    @Override
    public CliResult execute(CliInvocation out) {
        List<String> w = out.words();
        if (w.size() < 4 || w.get(2).isEmpty() || w.get(3).isEmpty()) {
            return CliResult.SHOWUSAGE;
        }
        String channel = w.get(2);
        int slash = channel.indexOf('/');
        if (w.get(3).equalsIgnoreCase("application")) {
            String app = w.size() > 4 ? w.get(4) : "";
            if (app.isEmpty()) {
                return CliResult.SHOWUSAGE;
            }
            if (slash < 0) {
                out.print("*** No data provided after channel type! ***\n");
                return CliResult.SHOWUSAGE;
            }
            String data = w.size() > 5 ? w.get(5) : "";
            originate(new OriginateRequest(channel.substring(0, slash), channel.substring(slash + 1), TIMEOUT, app,
                    data, null, null, 0, null, null, List.of(), null, false, null, null));
            return CliResult.SUCCESS;
        }
        if (w.get(3).equalsIgnoreCase("extension")) {
            if (slash < 0) {
                out.print("*** No data provided after channel type! ***\n");
                return CliResult.SHOWUSAGE;
            }
            String exten = null;
            String context = null;
            if (w.size() > 4 && !w.get(4).isEmpty()) {
                String target = w.get(4);
                int at = target.indexOf('@');
                exten = at < 0 ? target : target.substring(0, at);
                context = at < 0 ? null : target.substring(at + 1);
            }
            originate(new OriginateRequest(channel.substring(0, slash), channel.substring(slash + 1), TIMEOUT, null,
                    null, context == null || context.isEmpty() ? "default" : context,
                    exten == null || exten.isEmpty() ? "s" : exten, 1, null, null, List.of(), null, false, null,
                    null));
            return CliResult.SUCCESS;
        }
        return CliResult.SHOWUSAGE;
    }

    private void originate(OriginateRequest request) {
        new Originator(pbx).originate(request, null);
    }
}
