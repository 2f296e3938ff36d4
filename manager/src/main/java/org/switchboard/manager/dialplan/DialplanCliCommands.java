package org.switchboard.manager.dialplan;

import java.util.List;
import java.util.Locale;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.FixedTextCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.dialplan.DialplanListing;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.exec.Application;

/**
 * The dialplan CLI commands: {@code dialplan show} and {@code dialplan reload} (pbx.c,
 * pbx_config.c), {@code core show applications|application} (pbx_app.c) and
 * {@code core show functions|function} (pbx_functions.c). Documentation texts come from
 * {@link DialplanDocs}; the parts Switchboard does not carry print "Not available".
 */
public final class DialplanCliCommands {
    private DialplanCliCommands() { }

    public static List<CliCommand> all(Pbx pbx, ManagerRuntime runtime) {
        return List.of(new DialplanShow(pbx), new DialplanReload(runtime), new ShowApplications(pbx),
                new ShowApplication(pbx), new ShowFunctions(pbx), new ShowFunction(pbx));
    }

    private abstract static class Command extends FixedTextCommand {
        Command(String command, String summary, String usage) {
            super(command, summary, usage);
        }
    }

    /** {@code dialplan show [[exten@]context]} (pbx.c handle_show_dialplan). */
    static final class DialplanShow extends Command {
        private final Pbx pbx;

        DialplanShow(Pbx pbx) {
            super("dialplan show", "Show dialplan",
                    "Usage: dialplan show [[exten@]context]\n       Show dialplan\n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() != 2 && w.size() != 3) {
                return CliResult.SHOWUSAGE;
            }
            DialplanListing.CliListing listing = DialplanListing.cli(pbx.dialplan(), w.size() == 3 ? w.get(2) : null);
            out.print(listing.text());
            return listing.success() ? CliResult.SUCCESS : CliResult.FAILURE;
        }

        @Override
        public List<String> complete(List<String> words, int position, String partial) {
            if (position != 2) {
                return List.of();
            }
            return pbx.dialplan().contexts().stream().map(c -> c.name())
                    .filter(n -> n.startsWith(partial)).toList();
        }
    }

    /** {@code dialplan reload} (pbx_config.c handle_cli_dialplan_reload): pbx_config's reload, without a Reload event. */
    static final class DialplanReload extends Command {
        private final ManagerRuntime runtime;

        DialplanReload(ManagerRuntime runtime) {
            super("dialplan reload", "Reload extensions and *only* extensions",
                    "Usage: dialplan reload\n"
                            + "       Reload extensions.conf without reloading any other\n"
                            + "       modules.  This command does not delete global variables\n"
                            + "       unless clearglobalvars is set to yes in extensions.conf\n");
            this.runtime = runtime;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            if (out.words().size() != 2) {
                return CliResult.SHOWUSAGE;
            }
            runtime.reloader().reloadQuietly("pbx_config");
            out.print("Dialplan reloaded.\n");
            return CliResult.SUCCESS;
        }
    }

    /** {@code core show applications [{like|describing} <text>]} (pbx_app.c handle_show_applications). */
    static final class ShowApplications extends Command {
        private final Pbx pbx;

        ShowApplications(Pbx pbx) {
            super("core show applications [like|describing]", "Shows registered dialplan applications",
                    "Usage: core show applications [{like|describing} <text>]\n"
                            + "       List applications which are currently available.\n"
                            + "       If 'like', <text> will be a substring of the app name\n"
                            + "       If 'describing', <text> will be a substring of the description\n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            List<Application> apps = List.copyOf(pbx.applications().all());
            if (apps.isEmpty()) {
                out.print("There are no registered applications\n");
                return CliResult.SUCCESS;
            }
            boolean like = w.size() == 5 && w.get(3).equals("like");
            boolean describing = !like && w.size() > 4 && w.get(3).equals("describing");
            out.print(like || describing ? "    -= Matching Asterisk Applications =-\n"
                    : "    -= Registered Asterisk Applications =-\n");
            int total = 0;
            int matching = 0;
            for (Application a : apps) {
                total++;
                String synopsis = DialplanDocs.get().application(a.name()).synopsis();
                boolean print;
                if (like) {
                    print = lower(a.name()).contains(lower(w.get(4)));
                    matching += print ? 1 : 0;
                } else if (describing) {
                    print = !synopsis.isEmpty();
                    for (String word : w.subList(4, w.size())) {
                        if (!lower(synopsis).contains(lower(word))) {
                            print = false;
                        } else if (!synopsis.isEmpty()) {
                            matching++;
                        }
                    }
                } else {
                    print = true;
                }
                if (print) {
                    out.printf("  %20s: %s\n", a.name(), synopsis.isEmpty() ? "<Synopsis not available>" : synopsis);
                }
            }
            out.print(like || describing ? "    -= " + matching + " Applications Matching =-\n"
                    : "    -= " + total + " Applications Registered =-\n");
            return CliResult.SUCCESS;
        }
    }

    /** {@code core show application <app> [<app> ...]} (pbx_app.c handle_show_application). */
    static final class ShowApplication extends Command {
        private final Pbx pbx;

        ShowApplication(Pbx pbx) {
            super("core show application", "Describe a specific dialplan application",
                    "Usage: core show application <application> [<application> [<application> [...]]]\n"
                            + "       Describes a particular application.\n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() < 4) {
                return CliResult.SHOWUSAGE;
            }
            boolean found = false;
            for (Application a : pbx.applications().all()) {
                for (String wanted : w.subList(3, w.size())) {
                    if (a.name().equalsIgnoreCase(wanted)) {
                        found = true;
                        out.print(docs("Application", a.name(), DialplanDocs.get().application(a.name()).synopsis(),
                                "Not available"));
                    }
                }
            }
            if (!found) {
                out.print("Your application(s) is (are) not registered\n");
                return CliResult.FAILURE;
            }
            return CliResult.SUCCESS;
        }

        @Override
        public List<String> complete(List<String> words, int position, String partial) {
            return pbx.applications().all().stream().map(Application::name)
                    .filter(n -> n.regionMatches(true, 0, partial, 0, partial.length())).toList();
        }
    }

    /** {@code core show functions [like <text>]} (pbx_functions.c handle_show_functions). */
    static final class ShowFunctions extends Command {
        private final Pbx pbx;

        ShowFunctions(Pbx pbx) {
            super("core show functions [like]", "Shows registered dialplan functions",
                    "Usage: core show functions [like <text>]\n"
                            + "       List builtin functions, optionally only those matching a given string\n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            boolean like = w.size() == 5 && w.get(3).equals("like");
            if (!like && w.size() != 3) {
                return CliResult.SHOWUSAGE;
            }
            out.print((like ? "Matching" : "Installed") + " Custom Functions:\n"
                    + "--------------------------------------------------------------------------------\n");
            int count = 0;
            for (DialplanFunction f : pbx.runtime().functions().all()) {
                if (!like || f.name().contains(w.get(4))) {
                    count++;
                    DialplanDocs.Doc d = DialplanDocs.get().function(f.name());
                    out.printf("%-20.20s  %-35.35s  %s\n", f.name(), d.syntax(), d.synopsis());
                }
            }
            out.print(count + " " + (like ? "matching " : "") + "custom functions installed.\n");
            return CliResult.SUCCESS;
        }
    }

    /** {@code core show function <function>} (pbx_functions.c handle_show_function). */
    static final class ShowFunction extends Command {
        private final Pbx pbx;

        ShowFunction(Pbx pbx) {
            super("core show function", "Describe a specific dialplan function",
                    "Usage: core show function <function>\n       Describe a particular dialplan function.\n");
            this.pbx = pbx;
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() != 4) {
                return CliResult.SHOWUSAGE;
            }
            DialplanFunction f = pbx.runtime().functions().find(w.get(3));
            if (f == null) {
                out.print("No function by that name registered.\n");
                return CliResult.FAILURE;
            }
            DialplanDocs.Doc d = DialplanDocs.get().function(f.name());
            out.print(docs("Function", f.name(), d.synopsis(), d.syntax().isEmpty() ? "Not available" : d.syntax()));
            return CliResult.SUCCESS;
        }

        @Override
        public List<String> complete(List<String> words, int position, String partial) {
            if (position != 3) {
                return List.of();
            }
            return pbx.runtime().functions().all().stream().map(DialplanFunction::name)
                    .filter(n -> n.startsWith(partial)).toList();
        }
    }

    /** print_app_docs / handle_show_function's block, without terminal colours. */
    static String docs(String kind, String name, String synopsis, String syntax) {
        String na = "Not available";
        return "\n  -= Info about " + kind + " '" + name + "' =- \n\n"
                + "[Synopsis]\n" + (synopsis.isEmpty() ? na : synopsis) + "\n\n"
                + "[Provided By]\n" + na + "\n\n"
                + "[Since]\n" + na + "\n\n"
                + "[Description]\n" + na + "\n\n"
                + "[Syntax]\n" + syntax + "\n\n"
                + "[Arguments]\n" + na + "\n\n"
                + "[See Also]\n" + na + "\n\n";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
