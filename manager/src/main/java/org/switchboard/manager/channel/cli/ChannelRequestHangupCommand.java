package org.switchboard.manager.channel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.text.PosixRegex;
import org.switchboard.pbx.text.PosixRegexException;

/**
 * {@code channel request hangup <all>|<channel> [<channel> ...]} (cli.c handle_softhangup): each
 * named channel, every channel ({@code all}), the channels a {@code /regex/} (POSIX ERE, ignoring
 * case, matching anywhere) or a glob ({@code *}, {@code ?}, {@code [...]}, not across '/',
 * ignoring case) matches, is soft-hung-up (SoftHangupRequest, Cause 32).
 */
final class ChannelRequestHangupCommand implements CliCommand {
    private final Pbx pbx;

    ChannelRequestHangupCommand(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String command() { return "channel request hangup"; }
    @Override public String summary() { return "Request a hangup on a given channel"; }
    @Override public String usage() {
        return "Usage: channel request hangup <all>|<channel> [<channel> ...]\n"
                + "       Request that one or more channels be hung up. The hangup takes\n"
                + "       effect the next time the driver reads or writes from the channel.\n\n"
                + "       If 'all' is specified instead of a channel name, all channels\n"
                + "       will see the hangup request.\n\n"
                + "       A POSIX Extended Regular Expression can be provided in the place\n"
                + "       of a fixed channel name by wrapping it in forward slashes\n"
                + "       (e.g. /^PJSIP.*/). Note that the expression will match any part\n"
                + "       of the channel name unless anchored explicitly by ^ and/or $.\n\n"
                + "       Finally, wildcards (*) and other glob-like characters can also\n"
                + "       be used to match more than one channel. Similar to how path globs\n"
                + "       behave, a forward slash cannot be matched with a wildcard or\n"
                + "       bracket expression. In other words, if you want to hangup all\n"
                + "       Local channels, you must specify Local/* and not Loc*.\n";
    }

    @Override
    public List<String> complete(List<String> words, int position, String partial) {
        if (position < 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (position == 3 && "all".startsWith(partial)) {
            out.add("all");
        }
        for (SimChannel c : pbx.channels().all()) {
            if (c.name().regionMatches(true, 0, partial, 0, partial.length())) {
                out.add(c.name());
            }
        }
        return out;
    }

    @Override
    public CliResult execute(CliInvocation out) {
        List<String> w = out.words();
        if (w.size() < 4) {
            return CliResult.SHOWUSAGE;
        }
        if (w.get(3).equalsIgnoreCase("all")) {
            hangupMatching(out, name -> true);
            return CliResult.SUCCESS;
        }
        for (String arg : w.subList(3, w.size())) {
            SimChannel c = pbx.channels().find(arg).orElse(null);
            if (c != null) {
                out.print("Requested Hangup on channel '" + c.name() + "'\n");
                c.softHangup(SoftHangup.EXPLICIT);
                continue;
            }
            if (arg.length() >= 1 && arg.startsWith("/") && arg.endsWith("/")) {
                Pattern re;
                try {
                    String body = arg.length() >= 2 ? arg.substring(1, arg.length() - 1) : "";
                    re = PosixRegex.compile(body, true);
                } catch (PosixRegexException e) {
                    out.print(arg + " is not a valid POSIX Extended Regular Expression: " + e.error().message() + "\n");
                    continue;
                }
                if (hangupMatching(out, name -> re.matcher(name).find()) == 0) {
                    out.print(arg + " did not match a known channel\n");
                }
            } else if (arg.indexOf('?') >= 0 || arg.indexOf('*') >= 0 || arg.indexOf('[') >= 0) {
                Pattern glob = Glob.toPattern(arg);
                if (hangupMatching(out, name -> glob.matcher(name).matches()) == 0) {
                    out.print(arg + " did not match a known channel\n");
                }
            } else {
                out.print(arg + " is not a known channel\n");
            }
        }
        return CliResult.SUCCESS;
    }

    private int hangupMatching(CliInvocation out, java.util.function.Predicate<String> match) {
        int matched = 0;
        for (SimChannel c : pbx.channels().all()) {
            if (match.test(c.name())) {
                out.print("Requested Hangup on channel '" + c.name() + "'\n");
                c.softHangup(SoftHangup.EXPLICIT);
                matched++;
            }
        }
        return matched;
    }
}
