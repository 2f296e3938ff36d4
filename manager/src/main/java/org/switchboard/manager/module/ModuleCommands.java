package org.switchboard.manager.module;

import java.util.List;
import java.util.Locale;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.ManagerRuntime.Reloader.ReloadResult;
import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.FixedTextCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.module.LoadResult;
import org.switchboard.pbx.module.ModuleRegistry;
import org.switchboard.pbx.module.ModuleStatus;

/** The {@code module ...} CLI commands of cli.c: show, reload, load, unload. */
public final class ModuleCommands {
    private ModuleCommands() { }

    public static List<CliCommand> all(ModuleRegistry registry, ManagerRuntime runtime) {
        return List.of(new Show(registry), new Load(registry), new Reload(runtime), new Unload(registry));
    }

    private abstract static class ModuleCommand extends FixedTextCommand {
        ModuleCommand(String command, String summary, String usage) {
            super(command, summary, usage);
        }
    }

    /** {@code module show [like <text>]} (cli.c handle_modlist, modlist_modentry). */
    static final class Show extends ModuleCommand {
        private final ModuleRegistry registry;

        Show(ModuleRegistry registry) {
            super("module show [like]", "List modules and info",
                    "Usage: module show [like keyword]\n"
                            + "       Shows Asterisk modules currently in use, and usage statistics.\n");
            this.registry = registry;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            String like;
            if (w.size() == 2) {
                like = "";
            } else if (w.size() == 4 && w.get(2).equalsIgnoreCase("like")) {
                like = w.get(3);
            } else {
                return CliResult.SHOWUSAGE;
            }
            out.printf("%-30s %-40.40s %-10s %-11s %13s\n", "Module", "Description", "Use Count", "Status", "Support Level");
            int shown = 0;
            String needle = like.toLowerCase(Locale.ROOT);
            for (ModuleStatus m : registry.list()) {
                // strcasestr: a substring, ignoring case
                if (m.resource().toLowerCase(Locale.ROOT).contains(needle)) {
                    out.printf("%-30s %-40.40s %-10d %-11s %13s\n", m.resource(), m.description(), m.useCount(),
                            m.statusText(), m.supportLevel().text());
                    shown++;
                }
            }
            out.print(shown + " modules loaded\n");
            return CliResult.SUCCESS;
        }
    }

    /** {@code module reload [module ...]} (cli.c handle_reload): every module, or each one named. */
    static final class Reload extends ModuleCommand {
        private final ManagerRuntime runtime;

        Reload(ManagerRuntime runtime) {
            super("module reload", "Reload configuration for a module",
                    "Usage: module reload [module ...]\n"
                            + "       Reloads configuration files for all listed modules which support\n"
                            + "       reloading, or for all supported modules if none are listed.\n");
            this.runtime = runtime;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() == 2) {
                runtime.reloader().reload(null);
                return CliResult.SUCCESS;
            }
            for (String name : w.subList(2, w.size())) {
                out.print(text(runtime.reloader().reload(name), name));
            }
            return CliResult.SUCCESS;
        }

        private static String text(ReloadResult result, String name) {
            switch (result) {
                case NOT_FOUND: return "No such module '" + name + "'\n";
                case NOT_IMPLEMENTED: return "The module '" + name + "' does not support reloads\n";
                case QUEUED: return "Asterisk cannot reload a module yet; request queued\n";
                case ERROR: return "The module '" + name + "' reported a reload failure\n";
                case IN_PROGRESS: return "A module reload request is already in progress; please be patient\n";
                case UNINITIALIZED: return "The module '" + name + "' was not properly initialized. Before reloading"
                        + " the module, you must run \"module load " + name + "\" and fix whatever is"
                        + " preventing the module from being initialized.\n";
                default: return "Module '" + name + "' reloaded successfully.\n";
            }
        }
    }

    /** {@code module load <module>} (cli.c handle_load). */
    static final class Load extends ModuleCommand {
        private final ModuleRegistry registry;

        Load(ModuleRegistry registry) {
            super("module load", "Load a module by name",
                    "Usage: module load <module name>\n       Loads the specified module into Asterisk.\n");
            this.registry = registry;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() != 3) {
                return CliResult.SHOWUSAGE;
            }
            if (registry.load(w.get(2)) != LoadResult.SUCCESS) {
                out.print("Unable to load module " + w.get(2) + "\n");
                return CliResult.FAILURE;
            }
            out.print("Loaded " + w.get(2) + "\n");
            return CliResult.SUCCESS;
        }
    }

    /** {@code module unload [-f|-h] <module> ...} (cli.c handle_unload); -f and -h are accepted, unloading stays soft. */
    static final class Unload extends ModuleCommand {
        private final ModuleRegistry registry;

        Unload(ModuleRegistry registry) {
            super("module unload", "Unload a module by name",
                    "Usage: module unload [-f|-h] <module_1> [<module_2> ... ]\n"
                            + "       Unloads the specified module from Asterisk. The -f\n"
                            + "       option causes the module to be unloaded even if it is\n"
                            + "       in use (may cause a crash) and the -h module causes the\n"
                            + "       module to be unloaded even if the module says it cannot, \n"
                            + "       which almost always will cause a crash.\n");
            this.registry = registry;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() < 3) {
                return CliResult.SHOWUSAGE;
            }
            int first = 2;
            if (w.get(2).startsWith("-")) {
                if (!w.get(2).startsWith("-f") && !w.get(2).startsWith("-h")) {
                    return CliResult.SHOWUSAGE;
                }
                if (w.size() < 4) {
                    return CliResult.SHOWUSAGE;
                }
                first = 3;
            }
            for (String name : w.subList(first, w.size())) {
                if (!registry.unload(name)) {
                    out.print("Unable to unload resource " + name + "\n");
                    return CliResult.FAILURE;
                }
                out.print("Unloaded " + name + "\n");
            }
            return CliResult.SUCCESS;
        }
    }
}
