package org.switchboard.manager.cdr;

import java.util.Optional;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.cel.CelEngine;
import org.switchboard.pbx.cel.CelEventType;
import org.switchboard.pbx.cel.CelSettings;

/** {@code cel show status} (cel.c handle_cli_status): tracked events, applications and subscribers. */
final class CelShowStatusCommand implements CliCommand {
    private final CelEngine engine;
    private final CelManagerBackend manager;

    CelShowStatusCommand(CelEngine engine, CelManagerBackend manager) {
        this.engine = engine;
        this.manager = manager;
    }

    @Override
    public String command() {
        return "cel show status";
    }

    @Override
    public String summary() {
        return "Display the CEL status";
    }

    @Override
    public String usage() {
        return "Usage: cel show status\n"
                + "       Displays the Channel Event Logging system status.\n";
    }

    @Override
    public CliResult execute(CliInvocation out) {
        if (out.words().size() > 3) {
            return CliResult.SHOWUSAGE;
        }
        CelSettings s = engine.settings();
        out.print("CEL Logging: " + (s.enabled() ? "Enabled" : "Disabled") + "\n");
        if (!s.enabled()) {
            return CliResult.SUCCESS;
        }
        for (int bit = 0; bit < 64; bit++) {
            Optional<CelEventType> type = CelEventType.byId(bit);
            if ((s.events() & (1L << bit)) != 0 && type.isPresent()) {
                out.print("CEL Tracking Event: " + type.get().wireName() + "\n");
            }
        }
        for (String app : s.apps()) {
            out.print("CEL Tracking Application: " + app + "\n");
        }
        if (manager.enabled()) {
            out.print("CEL Event Subscriber: " + CelManagerBackend.NAME + "\n");
        }
        return CliResult.SUCCESS;
    }
}
