package org.switchboard.manager.cli.commands;

import java.util.List;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;

/** {@code manager reload} and {@code core reload} (spec 01 §10; cli.c handle_core_reload). */
final class ReloadCommands {
    private ReloadCommands() { }

    static final class ManagerReload extends ManagerCommand {
        ManagerReload(ManagerRuntime runtime) {
            super(runtime, "manager reload", "Reload manager configurations",
                    "Usage: manager reload\n       Reloads the manager configuration.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            if (out.words().size() > 2) {
                return CliResult.SHOWUSAGE;
            }
            // the CLI calls the module's own reload: no Reload event (manager.c handle_manager_reload)
            runtime.reloader().reloadQuietly("manager");
            return CliResult.SUCCESS;
        }
    }

    static final class CoreReload extends ManagerCommand {
        CoreReload(ManagerRuntime runtime) {
            super(runtime, "core reload", "Global reload",
                    "Usage: core reload\n       Execute a global reload.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            if (out.words().size() != 2) {
                return CliResult.SHOWUSAGE;
            }
            runtime.reloader().reload(null);
            return CliResult.SUCCESS;
        }
    }

    static List<ManagerCommand> all(ManagerRuntime runtime) {
        return List.of(new ManagerReload(runtime), new CoreReload(runtime));
    }
}
