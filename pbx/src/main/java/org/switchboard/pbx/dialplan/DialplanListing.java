package org.switchboard.pbx.dialplan;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.pattern.ExtensionMatcher;

/**
 * What ShowDialPlan lists (pbx.c {@code manager_show_dialplan_helper}) and what
 * {@code dialplan show} prints ({@code show_dialplan_helper}), computed from a {@link Dialplan}.
 *
 * <p>Both walk the contexts in walk order, the extensions in Asterisk's order and the priorities
 * ascending. With an extension given, only extensions whose name matches it are listed and the
 * includes are followed instead of listed (by their full text: an include with a timing names no
 * context and lists nothing, as in Asterisk).
 */
public final class DialplanListing {
    private static final Logger LOG = LoggerFactory.getLogger(DialplanListing.class);

    private DialplanListing() { }

    /** One {@code Event: ListDialplan} item. */
    public sealed interface Item permits PriorityItem, IncludeItem, IgnorePatternItem, SwitchItem {
        /** The {@code Context:} header. */
        String context();
    }

    /**
     * A priority: {@code Extension}, {@code ExtensionLabel} (when set), {@code Priority}
     * ({@code hint} for a hint), {@code Application}, {@code AppData} (not for a hint),
     * {@code Registrar} (the extension's first priority's).
     */
    public record PriorityItem(String context, String extension, String label, int priority, String app,
                               String appData, String registrar) implements Item {
        public boolean isHint() {
            return priority == Priority.HINT;
        }
    }

    /** {@code IncludeContext} and {@code Registrar}. */
    public record IncludeItem(String context, String include, String registrar) implements Item { }

    /** {@code IgnorePattern} and {@code Registrar}. */
    public record IgnorePatternItem(String context, String pattern, String registrar) implements Item { }

    /** {@code Switch: name/data} and {@code Registrar}. */
    public record SwitchItem(String context, String name, String data, String registrar) implements Item { }

    /**
     * The ShowDialPlan result: the items in order and the counters of
     * {@code ShowDialPlanComplete}.
     */
    public record ManagerListing(List<Item> items, int extensions, int priorities, int contexts,
                                 boolean contextFound, boolean extensionFound, String context, String extension) {
        /**
         * The error ShowDialPlan answers instead of the list, or null: {@code Did not find context X},
         * {@code Did not find extension E@X}, {@code Did not find extension E in any context}.
         */
        public String error() {
            if (!CStrings.isEmpty(context) && !contextFound) {
                return "Did not find context " + context;
            }
            if (!CStrings.isEmpty(extension) && !extensionFound) {
                return CStrings.isEmpty(context) ? "Did not find extension " + extension + " in any context"
                        : "Did not find extension " + extension + "@" + context;
            }
            return null;
        }
    }

    /** ShowDialPlan with the optional {@code Context} and {@code Extension} headers (empty = absent). */
    public static ManagerListing manager(Dialplan dialplan, String context, String extension) {
        ManagerWalk walk = new ManagerWalk(dialplan);
        String ctx = CStrings.isEmpty(context) ? null : context;
        String ext = CStrings.isEmpty(extension) ? null : extension;
        walk.run(ctx, ext, false, new ArrayList<>());
        return new ManagerListing(List.copyOf(walk.items), walk.extensions, walk.priorities, walk.contexts,
                walk.contextFound, walk.extensionFound, context, extension);
    }

    private static final class ManagerWalk {
        final Dialplan dialplan;
        final List<Item> items = new ArrayList<>();
        int extensions;
        int priorities;
        int contexts;
        boolean contextFound;
        boolean extensionFound;

        ManagerWalk(Dialplan dialplan) {
            this.dialplan = dialplan;
        }

        void run(String context, String exten, boolean included, List<String> stack) {
            for (DialplanContext c : dialplan.contexts()) {
                if (context != null && !c.name().equals(context)) {
                    continue;
                }
                contextFound = true;
                contexts++;
                for (Extension e : c.extensions()) {
                    if (exten != null && !ExtensionMatcher.matches(e.name(), exten)) {
                        continue;
                    }
                    extensionFound = true;
                    extensions++;
                    for (Priority p : e.priorities()) {
                        priorities++;
                        items.add(new PriorityItem(c.name(), e.name(), p.label(), p.number(), p.app(), p.appData(),
                                e.registrar()));
                    }
                }
                for (Include inc : c.includes()) {
                    if (exten == null) {
                        items.add(new IncludeItem(c.name(), inc.name(), inc.registrar()));
                    } else {
                        follow(inc, exten, context, stack, (name, next) -> run(name, exten, true, next));
                    }
                }
                for (IgnorePattern ip : c.ignorePatterns()) {
                    if (exten == null || ExtensionMatcher.matches("_" + ip.pattern() + ".", exten)) {
                        items.add(new IgnorePatternItem(c.name(), ip.pattern(), ip.registrar()));
                    }
                }
                if (!included) {
                    for (Switch sw : c.switches()) {
                        items.add(new SwitchItem(c.name(), sw.name(), sw.data(), sw.registrar()));
                    }
                }
            }
        }
    }

    private interface Recurse {
        void into(String name, List<String> stack);
    }

    /** The include-following of both helpers: depth limit and circular include check. */
    private static void follow(Include inc, String exten, String context, List<String> stack, Recurse recurse) {
        if (stack.size() >= ExtensionLookup.MAX_STACK) {
            LOG.warn("Maximum include depth exceeded!");
            return;
        }
        for (String s : stack) {
            if (CStrings.equalsIgnoreAsciiCase(s, inc.name())) {
                LOG.warn("Avoiding circular include of {} within {}", inc.name(), context);
                return;
            }
        }
        List<String> next = new ArrayList<>(stack);
        next.add(inc.name());
        recurse.into(inc.name(), next);
    }

    /** The text of {@code dialplan show [[exten@]context]} and whether the command succeeded. */
    public record CliListing(String text, boolean success) { }

    /**
     * {@code dialplan show}: {@code argument} is null, {@code context}, {@code exten@} or
     * {@code exten@context}. The text ends with the summary line or Asterisk's error.
     */
    public static CliListing cli(Dialplan dialplan, String argument) {
        String context = null;
        String exten = null;
        if (argument != null) {
            int at = argument.indexOf('@');
            if (at >= 0) {
                exten = argument.substring(0, at);
                context = argument.substring(at + 1);
                if (exten.isEmpty()) {
                    exten = null;
                }
            } else {
                context = argument;
            }
            if (context.isEmpty()) {
                context = null;
            }
        }
        CliWalk walk = new CliWalk(dialplan);
        walk.run(context, exten, false, new ArrayList<>());
        StringBuilder out = walk.out;
        if (context != null && !walk.contextFound) {
            out.append("There is no existence of '").append(context).append("' context\n");
            return new CliListing(out.toString(), false);
        }
        if (exten != null && !walk.extensionFound) {
            if (context != null) {
                out.append("There is no existence of ").append(exten).append('@').append(context).append(" extension\n");
            } else {
                out.append("There is no existence of '").append(exten).append("' extension in all contexts\n");
            }
            return new CliListing(out.toString(), false);
        }
        out.append(String.format("-= %d %s (%d %s) in %d %s. =-\n",
                walk.extensions, walk.extensions == 1 ? "extension" : "extensions",
                walk.priorities, walk.priorities == 1 ? "priority" : "priorities",
                walk.contexts, walk.contexts == 1 ? "context" : "contexts"));
        return new CliListing(out.toString(), true);
    }

    private static final class CliWalk {
        final Dialplan dialplan;
        final StringBuilder out = new StringBuilder();
        int extensions;
        int priorities;
        int contexts;
        boolean contextFound;
        boolean extensionFound;

        CliWalk(Dialplan dialplan) {
            this.dialplan = dialplan;
        }

        void run(String context, String exten, boolean included, List<String> stack) {
            for (DialplanContext c : dialplan.contexts()) {
                if (context != null && !c.name().equals(context)) {
                    continue;
                }
                contextFound = true;
                boolean headerPrinted = false;
                if (exten == null) {
                    contexts++;
                    header(c, false);
                    headerPrinted = true;
                }
                for (Extension e : c.extensions()) {
                    if (exten != null && !ExtensionMatcher.matches(e.name(), exten)) {
                        continue;
                    }
                    extensionFound = true;
                    if (!headerPrinted) {
                        contexts++;
                        header(c, included);
                        headerPrinted = true;
                    }
                    priorities++;
                    Priority first = e.priorities().get(0);
                    String lead = e.callerIdMatch() != null
                            ? "'" + e.name() + "' (CID match '" + e.callerIdMatch() + "') => "
                            : "'" + e.name() + "' =>";
                    line(lead, describe(first), first);
                    extensions++;
                    for (int i = 1; i < e.priorities().size(); i++) {
                        Priority p = e.priorities().get(i);
                        priorities++;
                        line(p.label() != null ? "   [" + p.label() + "]" : "", describe(p), p);
                    }
                }
                for (Include inc : c.includes()) {
                    if (exten != null) {
                        follow(inc, exten, context, stack, (name, next) -> run(name, exten, true, next));
                    } else {
                        out.append(String.format("  Include =>        %-45s [%s]\n", "'" + inc.name() + "'",
                                inc.registrar()));
                    }
                }
                for (IgnorePattern ip : c.ignorePatterns()) {
                    if (exten == null || ExtensionMatcher.matches("_" + ip.pattern() + ".", exten)) {
                        out.append(String.format("  Ignore pattern => %-45s [%s]\n", "'" + ip.pattern() + "'",
                                ip.registrar()));
                    }
                }
                if (!included) {
                    for (Switch sw : c.switches()) {
                        out.append(String.format("  Alt. Switch =>    %-45s [%s]\n",
                                "'" + sw.name() + "/" + sw.data() + "'", sw.registrar()));
                    }
                }
                if (headerPrinted) {
                    out.append('\n');
                }
            }
        }

        private void header(DialplanContext c, boolean included) {
            if (included) {
                out.append("[ Included context '").append(c.name()).append("' created by '").append(c.registrar())
                        .append("' ]\n");
            } else {
                out.append("[ Context '").append(c.name()).append("' created by '").append(c.registrar())
                        .append("' ]\n");
                if (c.autohints()) {
                    out.append("Autohints support enabled\n");
                }
            }
        }

        /** print_ext. */
        private static String describe(Priority p) {
            if (p.isHint()) {
                return "hint: " + p.app();
            }
            return p.number() + ". " + p.app() + "(" + p.appData() + ")";
        }

        /** show_dialplan_helper_extension_output. */
        private void line(String lead, String body, Priority p) {
            if (p.registrarFile() != null) {
                out.append(String.format("  %-17s %-45s [%s:%d]\n", lead, body, p.registrarFile(), p.registrarLine()));
            } else {
                out.append(String.format("  %-17s %-45s [%s]\n", lead, body, p.registrar()));
            }
        }
    }
}
