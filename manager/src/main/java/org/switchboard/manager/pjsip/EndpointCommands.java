package org.switchboard.manager.pjsip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.pjsip.EndpointConfig;
import org.switchboard.pbx.pjsip.PhoneBehaviour;
import org.switchboard.pbx.pjsip.PhoneRequestException;
import org.switchboard.pbx.pjsip.Phones;
import org.switchboard.pbx.pjsip.PjsipDriver;
import org.switchboard.pbx.pjsip.PjsipEndpoints;

/**
 * The {@code switchboard endpoint ...} CLI commands (docs/endpoints.md): show, set and reset the
 * simulated phones' settings, and make a phone call, hang up, answer, reject, send DTMF, hold.
 * They run on the core thread, as every CLI command does. A refused request prints why and still
 * succeeds, as most of Asterisk's commands do ("... is not a known channel").
 */
public final class EndpointCommands {
    private EndpointCommands() { }

    public static List<CliCommand> all(PjsipDriver driver) {
        PjsipEndpoints endpoints = driver.endpoints();
        Phones phones = driver.phones();
        List<CliCommand> list = new ArrayList<>();
        list.add(new Show(endpoints));
        list.add(new Command("switchboard endpoint set", "Change a simulated endpoint's phone settings",
                "Usage: switchboard endpoint set <endpoint> <setting> <value> [<setting> <value> ...]\n"
                        + "       Changes how the simulated phone of a PJSIP endpoint behaves. Settings:\n"
                        + "       " + String.join(", ", PhoneBehaviour.KEYS) + "\n", 3, -1,
                (out, args) -> set(endpoints, out, args)));
        list.add(new Command("switchboard endpoint reset", "Give a simulated endpoint's phone its configured settings",
                "Usage: switchboard endpoint reset <endpoint>\n"
                        + "       Drops the settings changed at run time; switchboard-endpoints.conf applies again.\n",
                1, 1, (out, args) -> reset(endpoints, out, args.get(0))));
        list.add(new Command("switchboard endpoint call", "Make a simulated phone call into the dialplan",
                "Usage: switchboard endpoint call <endpoint> <exten> [<hangup after seconds>]\n"
                        + "       The phone of <endpoint> dials <exten> in the endpoint's context.\n",
                2, 3, (out, args) -> call(phones, out, args)));
        list.add(phoneCommand(phones, "hangup", "Make a simulated phone hang up", "", (p, c, args) -> {
            p.hangup(c);
            return "hung up";
        }));
        list.add(phoneCommand(phones, "answer", "Make a simulated phone answer a ringing call", "", (p, c, args) -> {
            p.answer(c);
            return "answered";
        }));
        list.add(phoneCommand(phones, "reject", "Make a simulated phone refuse a ringing call", " [<sip status>]",
                (p, c, args) -> {
                    p.reject(c, args.size() > 1 ? status(args.get(1)) : 603);
                    return "rejected the call";
                }));
        list.add(phoneCommand(phones, "dtmf", "Make a simulated phone send DTMF", " <digits>", (p, c, args) -> {
            if (args.size() < 2) {
                throw new PhoneRequestException("Digits are missing");
            }
            p.sendDtmf(c, args.get(1), null);
            return "sends " + args.get(1);
        }));
        list.add(phoneCommand(phones, "hold", "Make a simulated phone put a call on hold", "", (p, c, args) -> {
            p.hold(c, true);
            return "put the call on hold";
        }));
        list.add(phoneCommand(phones, "unhold", "Make a simulated phone take a call off hold", "", (p, c, args) -> {
            p.hold(c, false);
            return "took the call off hold";
        }));
        return list;
    }

    /** What a phone is told to do on one of its calls; returns what it did, for the output. */
    @FunctionalInterface
    private interface PhoneOperation {
        String apply(Phones phones, SimChannel channel, List<String> args) throws PhoneRequestException;
    }

    private static CliCommand phoneCommand(Phones phones, String verb, String summary, String extraUsage,
                                           PhoneOperation op) {
        String usage = "Usage: switchboard endpoint " + verb + " <channel|endpoint>" + extraUsage + "\n"
                + "       The call is a PJSIP channel by name, or an endpoint's newest call.\n";
        return new Command("switchboard endpoint " + verb, summary, usage, 1, 2, (out, args) -> {
            Optional<SimChannel> channel = phones.find(args.get(0));
            if (channel.isEmpty()) {
                out.print("No such call: " + args.get(0) + "\n");
                return CliResult.SUCCESS;
            }
            try {
                out.print("Phone on " + channel.get().name() + " " + op.apply(phones, channel.get(), args) + "\n");
                return CliResult.SUCCESS;
            } catch (PhoneRequestException e) {
                out.print(e.getMessage() + "\n");
                return CliResult.SUCCESS;
            }
        });
    }

    private static int status(String text) throws PhoneRequestException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new PhoneRequestException("A SIP status from 400 to 699 is needed, not " + text);
        }
    }

    private static CliResult set(PjsipEndpoints endpoints, CliInvocation out, List<String> args) {
        if (args.size() % 2 != 1) {
            return CliResult.SHOWUSAGE;
        }
        String endpoint = EndpointNames.strip(args.get(0));
        if (endpoints.endpoint(endpoint).isEmpty()) {
            out.print("No such endpoint: " + endpoint + "\n");
            return CliResult.SUCCESS;
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            changes.put(args.get(i), args.get(i + 1));
        }
        Optional<String> refused = endpoints.set(endpoint, changes);
        if (refused.isPresent()) {
            out.print(refused.get() + "\n");
            return CliResult.SUCCESS;
        }
        out.print("Endpoint " + endpoint + " updated\n");
        return CliResult.SUCCESS;
    }

    private static CliResult reset(PjsipEndpoints endpoints, CliInvocation out, String name) {
        String endpoint = EndpointNames.strip(name);
        if (endpoints.endpoint(endpoint).isEmpty()) {
            out.print("No such endpoint: " + endpoint + "\n");
            return CliResult.SUCCESS;
        }
        endpoints.reset(endpoint);
        out.print("Endpoint " + endpoint + " reset\n");
        return CliResult.SUCCESS;
    }

    private static CliResult call(Phones phones, CliInvocation out, List<String> args) {
        Duration hangupAfter = null;
        if (args.size() == 3) {
            Optional<Duration> d = PhoneBehaviour.secondsOf(args.get(2));
            if (d.isEmpty()) {
                return CliResult.SHOWUSAGE;
            }
            hangupAfter = d.get();
        }
        try {
            SimChannel c = phones.placeCall(EndpointNames.strip(args.get(0)), args.get(1),
                    new Phones.CallOptions(null, hangupAfter, null));
            out.print("Calling " + args.get(1) + " from " + c.name() + "\n");
            return CliResult.SUCCESS;
        } catch (PhoneRequestException e) {
            out.print(e.getMessage() + "\n");
            return CliResult.SUCCESS;
        }
    }

    /** {@code switchboard endpoint show [<endpoint>]}: a table, or one endpoint's every setting. */
    private static final class Show implements CliCommand {
        private final PjsipEndpoints endpoints;

        Show(PjsipEndpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override public String command() { return "switchboard endpoint show"; }
        @Override public String summary() { return "Show the simulated PJSIP endpoints and their phones"; }
        @Override public String usage() {
            return "Usage: switchboard endpoint show [<endpoint>]\n"
                    + "       Lists the endpoints with their phones' main settings, or every setting of one.\n";
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> args = out.arguments();
            if (args.size() > 1) {
                return CliResult.SHOWUSAGE;
            }
            if (args.size() == 1) {
                return detail(out, EndpointNames.strip(args.get(0)));
            }
            String format = "%-20.20s %-15.15s %-9s %-12s %-10s %6s %8s\n";
            out.printf(format, "Endpoint", "Context", "Reachable", "State", "Mode", "Delay", "Channels");
            for (EndpointConfig e : endpoints.config().endpoints().values()) {
                Map<String, String> s = endpoints.settings(e.name());
                out.printf(format, e.name(), e.context(), endpoints.reachable(e.name()) ? "yes" : "no",
                        endpoints.deviceState(e.name()).name(), s.get("mode"), s.get("delay"),
                        endpoints.channelsOf(e.name()).size());
            }
            out.print(endpoints.config().endpoints().size() + " endpoints\n");
            return CliResult.SUCCESS;
        }

        private CliResult detail(CliInvocation out, String name) {
            Optional<EndpointConfig> e = endpoints.endpoint(name);
            if (e.isEmpty()) {
                out.print("No such endpoint: " + name + "\n");
                return CliResult.SUCCESS;
            }
            out.printf("%-14s: %s\n", "Endpoint", name);
            out.printf("%-14s: %s\n", "Context", e.get().context());
            out.printf("%-14s: %s\n", "Reachable", endpoints.reachable(name) ? "yes" : "no");
            out.printf("%-14s: %s\n", "DeviceState", endpoints.deviceState(name).name());
            for (SimChannel c : endpoints.channelsOf(name)) {
                out.printf("%-14s: %s (%s)\n", "Channel", c.name(), c.state().text());
            }
            for (Map.Entry<String, String> s : endpoints.settings(name).entrySet()) {
                out.printf("%-14s: %s\n", s.getKey(), s.getValue());
            }
            return CliResult.SUCCESS;
        }
    }

    /** A command with fixed words taking {@code min} to {@code max} arguments ({@code max} -1: any). */
    private static final class Command implements CliCommand {
        @FunctionalInterface
        interface Body {
            CliResult run(CliInvocation out, List<String> args);
        }

        private final String command;
        private final String summary;
        private final String usage;
        private final int min;
        private final int max;
        private final Body body;

        Command(String command, String summary, String usage, int min, int max, Body body) {
            this.command = command;
            this.summary = summary;
            this.usage = usage;
            this.min = min;
            this.max = max;
            this.body = body;
        }

        @Override public String command() { return command; }
        @Override public String summary() { return summary; }
        @Override public String usage() { return usage; }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> args = out.arguments();
            if (args.size() < min || (max >= 0 && args.size() > max)) {
                return CliResult.SHOWUSAGE;
            }
            return body.run(out, args);
        }
    }
}
