package org.switchboard.pbx.dialplan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Location;
import org.switchboard.config.Variable;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.eval.DialplanRuntime;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.dialplan.eval.Substitution;
import org.switchboard.pbx.dialplan.pattern.ExtensionNames;
import org.switchboard.pbx.log.Verbose;

/**
 * Turns extensions.conf into a {@link Dialplan} as pbx_config.c {@code pbx_load_config} does:
 *
 * <ul>
 *   <li>[general]: static, writeprotect, autofallthrough, extenpatternmatchnew, clearglobalvars,
 *       overrideswitch, userscontext;</li>
 *   <li>[globals] (every such section, in order): each value substituted with the globals set so
 *       far, then set as a global variable of the runtime;</li>
 *   <li>every other section (templates excepted) is a context; sections with the same name are
 *       one context. {@code exten => ext[/cid],prio[(label)][+n],App(data)}, {@code same => ...},
 *       priorities {@code n}/{@code next}, {@code s}/{@code same}, {@code hint}, a number or a
 *       label; {@code include}, {@code ignorepat}, {@code switch}/{@code lswitch}/{@code eswitch},
 *       {@code autohints};</li>
 *   <li>every problem Asterisk logs becomes a {@link DialplanNotice} (and a log line), with its
 *       text and "at line N of FILE".</li>
 * </ul>
 *
 * Limits: users.conf extensions are not generated (deprecated in Asterisk 22); switches and
 * {@code overrideswitch} are kept but never run; {@code extenpatternmatchnew = yes} is read but
 * the default matcher is always used (both give the same answers for ordinary dialplans).
 */
public final class DialplanLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DialplanLoader.class);
    /** realext / lastextension buffers in pbx_config.c. */
    private static final int EXTENSION_BUFFER = 255;
    /** realvalue buffer in pbx_config.c. */
    private static final int VALUE_BUFFER = 8191;

    private final DialplanRuntime runtime;

    public DialplanLoader(DialplanRuntime runtime) {
        this.runtime = runtime;
    }

    /** The first load: sets the [globals] into the runtime and builds the contexts. */
    public Dialplan load(ConfigFile config) {
        return build(config, null);
    }

    /**
     * {@code dialplan reload}: clears the globals first when the <em>previous</em> load said
     * {@code clearglobalvars = yes} (as pbx_config's reload does), loads again, and keeps what other
     * registrars had added to {@code previous} (ast_merge_contexts_and_delete). Extensions added
     * with DialplanExtensionAdd belong to pbx_config and are dropped, as in Asterisk.
     */
    public Dialplan reload(ConfigFile config, Dialplan previous) {
        if (previous.options().clearGlobalVars()) {
            runtime.globals().clear();
        }
        return build(config, previous);
    }

    private Dialplan build(ConfigFile config, Dialplan previous) {
        Notices notices = new Notices();
        String configName = config.path().getFileName().toString();
        DialplanOptions options = options(config, previous == null ? DialplanOptions.DEFAULTS : previous.options());
        EvalContext noChannel = EvalContext.withoutChannel(runtime);
        List<GlobalAssignment> globals = loadGlobals(config, noChannel);

        Map<String, ContextBuilder> byName = new LinkedHashMap<>();
        List<ContextBuilder> created = new ArrayList<>();
        for (Category cat : config.categories()) {
            if (cat.isTemplate() || CStrings.equalsIgnoreAsciiCase(cat.name(), "general")
                    || CStrings.equalsIgnoreAsciiCase(cat.name(), "globals")) {
                continue;
            }
            ContextBuilder con = byName.get(cat.name());
            if (con == null) {
                con = new ContextBuilder(cat.name(), Dialplan.PBX_CONFIG);
                byName.put(cat.name(), con);
                created.add(con);
            }
            new ContextLoader(con, cat, configName, config.path(), noChannel, notices).load();
        }
        // ast_context_find_or_create puts each new context in front of the list
        List<ContextBuilder> walkOrder = new ArrayList<>(created.size());
        for (int i = created.size() - 1; i >= 0; i--) {
            walkOrder.add(created.get(i));
        }
        if (previous != null) {
            ContextMerge.mergeOtherRegistrars(previous, walkOrder, Dialplan.PBX_CONFIG);
        }
        List<DialplanContext> contexts = new ArrayList<>(walkOrder.size());
        for (ContextBuilder b : walkOrder) {
            contexts.add(b.build());
        }
        verifyIncludes(contexts, notices);
        if (options.extenPatternMatchNew()) {
            LOG.warn("extenpatternmatchnew is not supported; the default extension matcher is used");
        }
        if (options.overrideSwitch() != null) {
            LOG.warn("overrideswitch '{}' is ignored: switches are not executed", options.overrideSwitch());
        }
        return new Dialplan(contexts, options, globals, notices.list, runtime.systemZone());
    }

    private static DialplanOptions options(ConfigFile config, DialplanOptions previous) {
        Optional<Category> general = config.categories().stream()
                .filter(c -> !c.isTemplate() && CStrings.equalsIgnoreAsciiCase(c.name(), "general")).findFirst();
        String staticValue = value(general, "static");
        String writeProtect = value(general, "writeprotect");
        String autoFallthrough = value(general, "autofallthrough");
        String patternMatchNew = value(general, "extenpatternmatchnew");
        String clearGlobals = value(general, "clearglobalvars");
        String overrideSwitch = value(general, "overrideswitch");
        String usersContext = value(general, "userscontext");
        // autofallthrough, extenpatternmatchnew and overrideswitch keep their old value when the line is gone
        return new DialplanOptions(
                CStrings.isTrue(staticValue),
                CStrings.isTrue(writeProtect),
                autoFallthrough != null ? CStrings.isTrue(autoFallthrough) : previous.autoFallthrough(),
                patternMatchNew != null ? CStrings.isTrue(patternMatchNew) : previous.extenPatternMatchNew(),
                CStrings.isTrue(clearGlobals),
                overrideSwitch != null ? (overrideSwitch.isEmpty() ? null : overrideSwitch) : previous.overrideSwitch(),
                usersContext != null ? usersContext : "default");
    }

    private static String value(Optional<Category> c, String key) {
        return c.flatMap(cat -> cat.value(key)).orElse(null);
    }

    /** [globals]: substituted with what is already set, then set (a name ending in ')' writes a function). */
    private List<GlobalAssignment> loadGlobals(ConfigFile config, EvalContext noChannel) {
        List<GlobalAssignment> out = new ArrayList<>();
        for (Category cat : config.categories()) {
            if (cat.isTemplate() || !CStrings.equalsIgnoreAsciiCase(cat.name(), "globals")) {
                continue;
            }
            for (Variable v : cat.variables()) {
                String value = Substitution.substitute(noChannel, v.value(), VALUE_BUFFER);
                noChannel.setVariable(v.name(), value);
                out.add(new GlobalAssignment(v.name(), v.value(), value, v.location()));
            }
        }
        return out;
    }

    /** ast_context_verify_includes, run over every context after loading. */
    private static void verifyIncludes(List<DialplanContext> contexts, Notices notices) {
        Map<String, DialplanContext> names = new LinkedHashMap<>();
        for (DialplanContext c : contexts) {
            names.putIfAbsent(c.name(), c);
        }
        for (DialplanContext c : contexts) {
            if (c.includes().size() >= ExtensionLookup.MAX_STACK) {
                notices.warn(null, "Context " + c.name() + " contains too many includes (" + c.includes().size()
                        + "). Maximum is " + ExtensionLookup.MAX_STACK + ".");
            }
            for (Include inc : c.includes()) {
                if (!names.containsKey(inc.context())) {
                    notices.warn(null, "Context '" + c.name() + "' tries to include nonexistent context '"
                            + inc.context() + "'");
                    break;
                }
            }
        }
    }

    /** Collects notices and logs them as Asterisk would. */
    static final class Notices {
        final List<DialplanNotice> list = new ArrayList<>();

        void warn(Location at, String message) {
            list.add(new DialplanNotice(DialplanNotice.Severity.WARNING, at, message));
            LOG.warn(message);
        }

        void error(Location at, String message) {
            list.add(new DialplanNotice(DialplanNotice.Severity.ERROR, at, message));
            LOG.error(message);
        }
    }

    /** The lines of one [context] section. */
    private final class ContextLoader {
        private final ContextBuilder con;
        private final Category cat;
        private final String configName;
        private final Path topFile;
        private final EvalContext noChannel;
        private final Notices notices;
        private String lastExtension = "";
        private int lastPriority = -2;

        ContextLoader(ContextBuilder con, Category cat, String configName, Path topFile, EvalContext noChannel,
                      Notices notices) {
            this.con = con;
            this.cat = cat;
            this.configName = configName;
            this.topFile = topFile;
            this.noChannel = noChannel;
            this.notices = notices;
        }

        void load() {
            for (Variable v : cat.variables()) {
                String name = v.name();
                if (name.length() >= 4 && CStrings.equalsIgnoreAsciiCase(name.substring(0, 4), "same")) {
                    if (lastExtension.isEmpty()) {
                        notices.error(v.location(), "No previous pattern in the first entry of context '" + cat.name()
                                + "' to match '" + name + "' at line " + line(v) + " of " + file(v) + "!");
                        continue;
                    }
                    extension(v, lastExtension, v.value());
                } else if (CStrings.equalsIgnoreAsciiCase(name, "exten")) {
                    String value = v.value();
                    int comma = extensionFieldEnd(value);
                    String ext = comma < 0 ? value : value.substring(0, comma);
                    String rest = comma < 0 ? null : value.substring(comma + 1);
                    String realExt = Substitution.substitute(noChannel, ext, EXTENSION_BUFFER);
                    lastExtension = realExt;
                    extension(v, realExt, rest);
                } else if (CStrings.equalsIgnoreAsciiCase(name, "include")) {
                    include(v);
                } else if (CStrings.equalsIgnoreAsciiCase(name, "ignorepat")) {
                    String pattern = Substitution.substitute(noChannel, v.value(), VALUE_BUFFER);
                    if (!con.addIgnorePattern(new IgnorePattern(pattern, Dialplan.PBX_CONFIG))) {
                        notices.warn(v.location(), "Unable to include ignorepat '" + v.value() + "' in context '"
                                + cat.name() + "' at line " + line(v) + " of " + file(v));
                    }
                } else if (CStrings.equalsIgnoreAsciiCase(name, "switch") || CStrings.equalsIgnoreAsciiCase(name, "lswitch")
                        || CStrings.equalsIgnoreAsciiCase(name, "eswitch")) {
                    switchLine(v);
                } else if (CStrings.equalsIgnoreAsciiCase(name, "autohints")) {
                    con.autohints = CStrings.isTrue(v.value());
                } else {
                    notices.warn(v.location(), "==!!== Unknown directive: " + name + " at line " + line(v) + " of "
                            + file(v) + " -- IGNORING!!!");
                }
            }
        }

        /** pbx_strsep(",") on the extension field: commas inside {@code [...]} and after {@code \} don't count. */
        private int extensionFieldEnd(String value) {
            int square = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '[') {
                    square++;
                } else if (c == ']') {
                    if (square > 0) {
                        square--;
                    }
                } else if (c == '\\') {
                    i++;
                } else if (c == ',' && square == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** The part of pbx_load_config after {@code process_extension:}. */
        private void extension(Variable v, String realExtWithCid, String fields) {
            String realExt = realExtWithCid;
            String cidMatch = null;
            int slash = realExt.indexOf('/');
            if (slash >= 0) {
                cidMatch = ExtensionNames.shrinkPhoneNumber(realExt.substring(slash + 1));
                realExt = realExt.substring(0, slash);
            }
            String rest = fields;
            String priField;
            if (rest == null) {
                priField = "";
            } else {
                int comma = rest.indexOf(',');
                priField = comma < 0 ? rest : rest.substring(0, comma);
                rest = comma < 0 ? null : rest.substring(comma + 1);
            }
            String pri = CStrings.strip(priField);
            String label = null;
            int open = pri.indexOf('(');
            if (open >= 0) {
                int close = pri.indexOf(')', open + 1);
                if (close < 0) {
                    notices.warn(v.location(), "Label missing trailing ')' at line " + line(v) + " of " + file(v));
                    return;
                }
                label = pri.substring(open + 1, close);
                pri = pri.substring(0, open);
            }
            String plus = null;
            int plusAt = pri.indexOf('+');
            if (plusAt >= 0) {
                plus = pri.substring(plusAt + 1);
                pri = pri.substring(0, plusAt);
            }
            int ipri;
            if (pri.equals("hint")) {
                ipri = Priority.HINT;
            } else if (pri.equals("next") || pri.equals("n")) {
                if (lastPriority <= -2) {
                    notices.warn(v.location(), "Can't use 'next' priority on the first entry at line " + line(v)
                            + " of " + file(v) + "!");
                    return;
                }
                ipri = lastPriority + 1;
            } else if (pri.equals("same") || pri.equals("s")) {
                if (lastPriority <= -2) {
                    notices.warn(v.location(), "Can't use 'same' priority on the first entry at line " + line(v)
                            + " of " + file(v) + "!");
                    return;
                }
                ipri = lastPriority;
            } else {
                Integer scanned = CScan.scanInt(pri);
                if (scanned == null) {
                    ipri = con.findLabel(realExt, pri, cidMatch);
                    if (ipri < 1) {
                        notices.warn(v.location(), "Invalid priority/label '" + pri + "' at line " + line(v) + " of "
                                + file(v));
                        return;
                    }
                } else if (scanned < 1) {
                    notices.warn(v.location(), "Invalid priority '" + pri + "' at line " + line(v) + " of " + file(v));
                    return;
                } else {
                    ipri = scanned;
                }
            }
            String appl = rest == null ? "" : rest;
            String data;
            int paren = appl.indexOf('(');
            if (paren < 0) {
                data = "";
            } else {
                String name = appl.substring(0, paren);
                if (name.contains("${") || name.contains("$[")) {
                    // a hint like DAHDI/g0/${GLOBAL(var)}: the parenthesis is not an argument list
                    data = "";
                } else {
                    data = appl.substring(paren + 1);
                    int close = data.lastIndexOf(')');
                    if (close >= 0) {
                        data = data.substring(0, close);
                    } else {
                        notices.warn(v.location(), "No closing parenthesis found? '" + name + "(" + data + "' at line "
                                + line(v) + " of " + file(v));
                    }
                    appl = name;
                }
            }
            appl = CStrings.skipBlanks(appl);
            if (ipri == 0) {
                // "n" right after a hint gives priority 0, which Asterisk silently skips
                return;
            }
            if (plus != null) {
                ipri += CScan.atoi(plus);
            }
            lastPriority = ipri;
            if (realExt.equals("_.") || realExt.equals("_!")) {
                notices.warn(v.location(), "The use of '" + realExt + "' for an extension is strongly discouraged and can "
                        + "have unexpected behavior.  Please use '_X" + realExt.charAt(1) + "' instead at line " + line(v)
                        + " of " + file(v));
            }
            String registrarFile = file(v);
            int lastSlash = registrarFile.lastIndexOf('/');
            if (lastSlash >= 0) {
                registrarFile = registrarFile.substring(lastSlash + 1);
            }
            String app = appl;
            if (ipri == Priority.HINT && app.contains("${") && !realExt.startsWith("_")) {
                app = HintExpander.of(runtime).expand(con.name, realExt, app);
            }
            ContextBuilder.AddResult r = con.add(false, realExt, ipri, label, cidMatch, app, data, Dialplan.PBX_CONFIG,
                    registrarFile, line(v), m -> notices.warn(v.location(), m), m -> notices.error(v.location(), m));
            if (r == ContextBuilder.AddResult.EXISTS || r == ContextBuilder.AddResult.EMPTY_NAME) {
                notices.warn(v.location(), "Unable to register extension at line " + line(v) + " of " + file(v));
            }
        }

        private void include(Variable v) {
            String value = Substitution.substitute(noChannel, v.value(), VALUE_BUFFER);
            if (!con.addInclude(Include.parse(value, Dialplan.PBX_CONFIG))) {
                notices.warn(v.location(), "Context '" + v.value() + "' already included in '" + cat.name()
                        + "' context on include at line " + line(v) + " of " + file(v));
            }
        }

        private void switchLine(Variable v) {
            boolean substitute = CStrings.equalsIgnoreAsciiCase(v.name(), "switch");
            String value = substitute ? Substitution.substitute(noChannel, v.value(), VALUE_BUFFER) : v.value();
            int slash = value.indexOf('/');
            String swName = slash < 0 ? value : value.substring(0, slash);
            String swData = slash < 0 ? "" : value.substring(slash + 1);
            Switch sw = new Switch(swName, swData, CStrings.equalsIgnoreAsciiCase(v.name(), "eswitch"), Dialplan.PBX_CONFIG);
            if (!con.addSwitch(sw)) {
                notices.warn(v.location(), "Unable to include switch '" + v.value() + "' in context '" + cat.name()
                        + "' at line " + line(v) + " of " + file(v));
            } else {
                Verbose.log(LOG, 3, "Including switch '" + swName + "/" + swData + "' in context '" + con.name + "'");
            }
        }

        private int line(Variable v) {
            return v.location() == null ? 0 : v.location().line();
        }

        /** vfile: the top-level file by the name it was loaded as, an included file by its full path. */
        private String file(Variable v) {
            if (v.location() == null || v.location().file() == null || v.location().file().equals(topFile)) {
                return configName;
            }
            return v.location().file().toString();
        }
    }
}
