package org.switchboard.manager.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.FixedTextCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.db.AstDbEntry;
import org.switchboard.pbx.db.AstDbFamilyCopy;
import org.switchboard.pbx.devstate.CustomDeviceStates;
import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.pbx.hint.ExtensionStates;
import org.switchboard.pbx.hint.Hint;
import org.switchboard.pbx.presence.CustomPresenceStates;

/**
 * The state CLI commands: {@code devstate list|change} (func_devstate.c), {@code presencestate
 * list|change} (func_presencestate.c), {@code core show hints} and {@code core show hint} (pbx.c).
 * They run on the core thread; the two lists read AstDB as Asterisk does, waiting for it (bounded),
 * as the database commands do.
 */
public final class StateCommands {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RULE = "---------------------------------------------------------------------\n";
    private static final Logger log = LoggerFactory.getLogger(StateCommands.class);

    private StateCommands() { }

    public static List<CliCommand> all(Pbx pbx, AstDb db) {
        return List.of(new DevstateList(db), new DevstateChange(pbx), new PresencestateList(db),
                new PresencestateChange(pbx), new ShowHints(pbx), new ShowHint(pbx));
    }

    /** A command's fixed words, summary and usage (as Asterisk's CLI entry holds them). */
    private abstract static class StateCommand extends FixedTextCommand {
        StateCommand(String command, String summary, String usage) {
            super(command, summary, usage);
        }
    }

    /** The family's entries as ast_db_gettree gives them; none when the store does not answer. */
    private static List<AstDbEntry> saved(AstDb db, String family) {
        try {
            return db.tree(family, "").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            log.warn("AstDB family {} could not be read: {}", family, e.toString());
            return List.of();
        }
    }

    /** The head of the two list commands: a blank line, then the title between rules. */
    private static String listHead(String title) {
        return "\n" + RULE + title + "\n" + RULE + "---\n";
    }

    private static List<String> completeFrom(List<String> choices, String partial) {
        List<String> out = new ArrayList<>();
        for (String c : choices) {
            if (c.regionMatches(true, 0, partial, 0, partial.length())) {
                out.add(c);
            }
        }
        return out;
    }

    static final class DevstateList extends StateCommand {
        private final AstDb db;

        DevstateList(AstDb db) {
            super("devstate list", "List currently known custom device states",
                    "Usage: devstate list\n"
                    + "       List all custom device states that have been set by using\n"
                    + "       the DEVICE_STATE dialplan function.\n");
            this.db = db;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            if (!out.arguments().isEmpty()) {
                return CliResult.SHOWUSAGE;
            }
            List<AstDbEntry> entries = saved(db, CustomDeviceStates.FAMILY);
            out.print(listHead("--- Custom Device States --------------------------------------------"));
            for (AstDbEntry e : entries) {
                out.print("--- Name: 'Custom:" + AstDbFamilyCopy.lastKeyPart(e) + "'  State: '" + e.value() + "'\n---\n");
            }
            out.print(RULE + RULE + "\n");
            return CliResult.SUCCESS;
        }
    }

    static final class DevstateChange extends StateCommand {
        private static final List<String> STATES = List.of("UNKNOWN", "NOT_INUSE", "INUSE", "BUSY", "UNAVAILABLE",
                "RINGING", "RINGINUSE", "ONHOLD");
        private final Pbx pbx;

        DevstateChange(Pbx pbx) {
            super("devstate change", "Change a custom device state",
                    "Usage: devstate change <device> <state>\n"
                    + "       Change a custom device to a new state.\n"
                    + "       The possible values for the state are:\n"
                    + "UNKNOWN | NOT_INUSE | INUSE | BUSY | INVALID | UNAVAILABLE | RINGING\n"
                    + "RINGINUSE | ONHOLD\n"
                    + "\n"
                    + "Examples:\n"
                    + "       devstate change Custom:mystate1 INUSE\n"
                    + "       devstate change Custom:mystate1 NOT_INUSE\n"
                    + "       \n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> args = out.arguments();
            if (args.size() != 2) {
                return CliResult.SHOWUSAGE;
            }
            String device = args.get(0);
            String state = args.get(1);
            if (!CustomDeviceStates.hasPrefix(device)) {
                out.print("The devstate command can only be used to set 'Custom:' device state!\n");
                return CliResult.FAILURE;
            }
            String name = CustomDeviceStates.name(device);
            DeviceState value = DeviceState.parse(state);
            if (name.isEmpty() || value == DeviceState.UNKNOWN) {
                return CliResult.SHOWUSAGE;
            }
            out.print("Changing " + name + " to " + state + "\n");
            pbx.deviceStates().custom().set(name, state, value);
            return CliResult.SUCCESS;
        }

        @Override
        public List<String> complete(List<String> words, int position, String partial) {
            return position == 3 ? completeFrom(STATES, partial) : List.of();
        }
    }

    static final class PresencestateList extends StateCommand {
        private final AstDb db;

        PresencestateList(AstDb db) {
            super("presencestate list", "List currently know custom presence states",
                    "Usage: presencestate list\n"
                    + "       List all custom presence states that have been set by using\n"
                    + "       the PRESENCE_STATE dialplan function.\n");
            this.db = db;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            if (!out.arguments().isEmpty()) {
                return CliResult.SHOWUSAGE;
            }
            List<AstDbEntry> entries = saved(db, CustomPresenceStates.FAMILY);
            out.print(listHead("--- Custom Presence States ------------------------------------------"));
            if (entries.isEmpty()) {
                out.print("No custom presence states defined\n");
                return CliResult.SUCCESS;
            }
            for (AstDbEntry e : entries) {
                CustomPresenceStates.Value v = CustomPresenceStates.Value.parse(e.value());
                if (v == null) {
                    log.warn("Invalid CustomPresence entry {} encountered", e.value());
                    continue;
                }
                out.print("--- Name: 'CustomPresence:" + AstDbFamilyCopy.lastKeyPart(e) + "'\n"
                        + "    --- State: '" + v.state().text() + "'\n"
                        + "    --- Subtype: '" + v.subtype() + "'\n"
                        + "    --- Message: '" + v.message() + "'\n"
                        + "    --- Base64 Encoded: '" + (v.base64() ? "Yes" : "No") + "'\n"
                        + "---\n");
            }
            out.print(RULE + RULE + "\n");
            return CliResult.SUCCESS;
        }
    }

    static final class PresencestateChange extends StateCommand {
        private static final List<String> STATES = List.of("NOT_SET", "UNAVAILABLE", "AVAILABLE", "AWAY", "XA",
                "CHAT", "DND");
        private final Pbx pbx;

        PresencestateChange(Pbx pbx) {
            super("presencestate change", "Change a custom presence state",
                    "Usage: presencestate change <entity> <state>[,<subtype>[,message[,options]]]\n"
                    + "       Change a custom presence to a new state.\n"
                    + "       The possible values for the state are:\n"
                    + "NOT_SET | UNAVAILABLE | AVAILABLE | AWAY | XA | CHAT | DND\n"
                    + "Optionally, a custom subtype and message may be provided, along with any options\n"
                    + "accepted by func_presencestate. If the subtype or message provided contain spaces,\n"
                    + "be sure to enclose the data in quotation marks (\"\")\n"
                    + "\n"
                    + "Examples:\n"
                    + "       presencestate change CustomPresence:mystate1 AWAY\n"
                    + "       presencestate change CustomPresence:mystate1 AVAILABLE\n"
                    + "       presencestate change CustomPresence:mystate1 \"Away,upstairs,eating lunch\"\n"
                    + "       \n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> args = out.arguments();
            if (args.size() != 2) {
                return CliResult.SHOWUSAGE;
            }
            String provider = args.get(0);
            String text = args.get(1);
            if (!CustomPresenceStates.hasPrefix(provider)) {
                out.print("The presencestate command can only be used to set 'CustomPresence:' presence state!\n");
                return CliResult.FAILURE;
            }
            String name = provider.substring(CustomPresenceStates.LABEL.length() + 1);
            if (name.isEmpty()) {
                return CliResult.SHOWUSAGE;
            }
            CustomPresenceStates.Value v = CustomPresenceStates.Value.parse(text);
            if (v == null) {
                return CliResult.SHOWUSAGE;
            }
            // parse_data cut the copy it parsed at its first ',', so only the state is printed
            int comma = text.indexOf(',');
            out.print("Changing " + name + " to " + (comma < 0 ? text : text.substring(0, comma)) + "\n");
            pbx.presenceStates().custom().change(provider, text, v);
            return CliResult.SUCCESS;
        }

        @Override
        public List<String> complete(List<String> words, int position, String partial) {
            return position == 3 ? completeFrom(STATES, partial) : List.of();
        }
    }

    /** The line both hint commands print for a hint (pbx.c handle_show_hints). */
    static String hintLine(Hint h) {
        return String.format(Locale.ROOT, "%-30.30s: %-60.60s  State:%-15.15s Presence:%-15.15s Watchers %2d\n",
                h.exten() + "@" + h.context(), h.app(), ExtensionStates.text(h.lastState()),
                h.lastPresence().text(), 0);
    }

    static final class ShowHints extends StateCommand {
        private final Pbx pbx;

        ShowHints(Pbx pbx) {
            super("core show hints", "Show dialplan hints",
                    "Usage: core show hints\n"
                    + "       List registered hints.\n"
                    + "       Hint details are shown in five columns. In order from left to right, they are:\n"
                    + "       1. Hint extension URI.\n"
                    + "       2. List of mapped device or presence state identifiers.\n"
                    + "       3. Current extension state. The aggregate of mapped device states.\n"
                    + "       4. Current presence state for the mapped presence state provider.\n"
                    + "       5. Watchers - number of subscriptions and other entities watching this hint.\n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<Hint> hints = pbx.hints().all();
            if (hints.isEmpty()) {
                out.print("There are no registered dialplan hints\n");
                return CliResult.SUCCESS;
            }
            out.print("\n    -= Registered Asterisk Dial Plan Hints =-\n");
            for (Hint h : hints) {
                out.print(hintLine(h));
            }
            out.print("----------------\n");
            out.print("- " + hints.size() + " hints registered\n");
            return CliResult.SUCCESS;
        }
    }

    static final class ShowHint extends StateCommand {
        private final Pbx pbx;

        ShowHint(Pbx pbx) {
            super("core show hint", "Show dialplan hint",
                    "Usage: core show hint <exten>\n"
                    + "       List registered hint.\n"
                    + "       Hint details are shown in five columns. In order from left to right, they are:\n"
                    + "       1. Hint extension URI.\n"
                    + "       2. List of mapped device or presence state identifiers.\n"
                    + "       3. Current extension state. The aggregate of mapped device states.\n"
                    + "       4. Current presence state for the mapped presence state provider.\n"
                    + "       5. Watchers - number of subscriptions and other entities watching this hint.\n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            if (out.arguments().isEmpty()) {
                return CliResult.SHOWUSAGE;
            }
            List<Hint> hints = pbx.hints().all();
            if (hints.isEmpty()) {
                out.print("There are no registered dialplan hints\n");
                return CliResult.SUCCESS;
            }
            String prefix = out.arguments().get(0);
            int num = 0;
            for (Hint h : hints) {
                if (h.exten().regionMatches(true, 0, prefix, 0, prefix.length())) {
                    out.print(hintLine(h));
                    num++;
                }
            }
            if (num == 0) {
                out.print("No hints matching extension " + prefix + "\n");
            } else {
                out.print(num + " hint" + (num != 1 ? "s" : "") + " matching extension " + prefix + "\n");
            }
            return CliResult.SUCCESS;
        }

        @Override
        public List<String> complete(List<String> words, int position, String partial) {
            if (position != 3) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Hint h : pbx.hints().all()) {
                if (h.exten().regionMatches(true, 0, partial, 0, partial.length())) {
                    out.add(h.exten());
                }
            }
            return out;
        }
    }
}
