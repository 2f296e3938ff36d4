package org.switchboard.pbx.dialplan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.pattern.ExtensionMatcher;
import org.switchboard.pbx.dialplan.pattern.MatchMode;

/**
 * A whole dialplan: contexts in Asterisk's walk order (the most recently created first, as
 * {@code dialplan show} lists them), the [general] options and [globals] lines it was loaded
 * with, and the notices Asterisk would have logged.
 *
 * <p>Immutable. Lookups ({@link #find}, {@link #exists}, {@link #canMatch}, {@link #matchMore},
 * {@link #findLabel}, {@link #hint}) follow pbx_find_extension, including includes with their
 * timings checked against the instant given. Changes ({@link #addExtension},
 * {@link #removeExtension}) return a new dialplan that shares the untouched contexts.
 */
public final class Dialplan {
    private static final Logger LOG = LoggerFactory.getLogger(Dialplan.class);

    /** The registrar of everything extensions.conf and the AMI dialplan actions add. */
    public static final String PBX_CONFIG = "pbx_config";

    private final List<DialplanContext> contexts;
    private final Map<String, DialplanContext> byName;
    private final DialplanOptions options;
    private final List<GlobalAssignment> globals;
    private final List<DialplanNotice> notices;
    private final ZoneId systemZone;
    private final Set<String> warnedSwitches;

    Dialplan(List<DialplanContext> contexts, DialplanOptions options, List<GlobalAssignment> globals,
             List<DialplanNotice> notices, ZoneId systemZone) {
        this(contexts, options, globals, notices, systemZone, ConcurrentHashMap.newKeySet());
    }

    private Dialplan(List<DialplanContext> contexts, DialplanOptions options, List<GlobalAssignment> globals,
                     List<DialplanNotice> notices, ZoneId systemZone, Set<String> warnedSwitches) {
        this.contexts = List.copyOf(contexts);
        Map<String, DialplanContext> map = new HashMap<>();
        for (DialplanContext c : this.contexts) {
            map.putIfAbsent(c.name(), c);
        }
        this.byName = map;
        this.options = Objects.requireNonNull(options, "options");
        this.globals = List.copyOf(globals);
        this.notices = List.copyOf(notices);
        this.systemZone = Objects.requireNonNull(systemZone, "systemZone");
        this.warnedSwitches = warnedSwitches;
    }

    /** A dialplan without contexts. */
    public static Dialplan empty(ZoneId systemZone) {
        return new Dialplan(List.of(), DialplanOptions.DEFAULTS, List.of(), List.of(), systemZone);
    }

    /** The contexts in walk order. */
    public List<DialplanContext> contexts() {
        return contexts;
    }

    /** The context with exactly that name (case-sensitive, as ast_context_find), or null. */
    public DialplanContext context(String name) {
        return name == null ? null : byName.get(name);
    }

    public DialplanOptions options() {
        return options;
    }

    /** The [globals] lines, in file order, with the values they were set to. */
    public List<GlobalAssignment> globals() {
        return globals;
    }

    /** What Asterisk would have logged while loading, in order. */
    public List<DialplanNotice> notices() {
        return notices;
    }

    /** The zone used for include timings that name none. */
    public ZoneId systemZone() {
        return systemZone;
    }

    // ------------------------------------------------------------------ lookups

    /**
     * pbx_find_extension: looks for {@code exten} (and {@code priority}, or {@code label} when it is
     * not null) in {@code context} and what it includes. {@code callerId} may be null.
     */
    public FindResult find(String context, String exten, int priority, String label, String callerId, MatchMode mode,
                           Instant now) {
        return new ExtensionLookup(this, exten, priority, label, callerId, mode, now, systemZone).run(context);
    }

    /** ast_exists_extension. */
    public boolean exists(String context, String exten, int priority, String callerId, Instant now) {
        return find(context, exten, priority, null, callerId, MatchMode.MATCH, now).found();
    }

    /** ast_canmatch_extension: the digits so far are, or could become, an extension. */
    public boolean canMatch(String context, String exten, int priority, String callerId, Instant now) {
        return find(context, exten, priority, null, callerId, MatchMode.CANMATCH, now).found();
    }

    /** ast_matchmore_extension: more digits could still match (WaitExten, Read, pbx_run's digit collection). */
    public boolean matchMore(String context, String exten, int priority, String callerId, Instant now) {
        return find(context, exten, priority, null, callerId, MatchMode.MATCHMORE, now).found();
    }

    /** ast_findlabel_extension: the priority carrying {@code label}, or -1. */
    public int findLabel(String context, String exten, String label, String callerId, Instant now) {
        FindResult r = find(context, exten, 0, label, callerId, MatchMode.MATCH, now);
        return r.found() ? r.priority().number() : -1;
    }

    /**
     * ast_hint_extension: the hint that applies to {@code exten} in {@code context} (looked up with
     * an empty caller id, includes followed), or null.
     */
    public Priority hint(String context, String exten, Instant now) {
        return find(context, exten, Priority.HINT, null, "", MatchMode.MATCH, now).priority();
    }

    /** ast_ignore_pattern: {@code digits} match an ignore pattern of {@code context}. */
    public boolean ignorePattern(String context, String digits) {
        DialplanContext c = context(context);
        if (c == null) {
            return false;
        }
        for (IgnorePattern p : c.ignorePatterns()) {
            if (ExtensionMatcher.matches(p.pattern(), digits)) {
                return true;
            }
        }
        return false;
    }

    /** Switches are not executed; pbx_find_extension's "No such switch" is logged once per name. */
    void warnUnknownSwitch(String name) {
        if (warnedSwitches.add(name)) {
            LOG.warn("No such switch '{}'", name);
        }
    }

    // ------------------------------------------------------------------ changes

    /** What a change did, and the dialplan after it. */
    public record Edit(Dialplan dialplan, Outcome outcome) {
        /** True when the dialplan changed. */
        public boolean changed() {
            return outcome == Outcome.ADDED || outcome == Outcome.REPLACED || outcome == Outcome.REMOVED;
        }
    }

    /** The outcomes of {@link #addExtension} and {@link #removeExtension}. */
    public enum Outcome {
        /** A priority was added. */
        ADDED,
        /** An existing priority was replaced. */
        REPLACED,
        /** Priorities were removed. */
        REMOVED,
        /** The priority exists and replacing was not asked for (errno EEXIST). */
        EXISTS,
        /** The extension name was empty. */
        INVALID,
        /** Nothing matched (removal) or the context does not exist. */
        NOT_FOUND
    }

    /**
     * ast_context_find_or_create + ast_add_extension2: adds a priority to {@code context},
     * creating the context (in front of the others) when it does not exist.
     *
     * @param callerId     the caller id pattern after {@code /}, or null
     * @param hintExpander substitutes {@code ${...}} in a hint's device list (Asterisk does it when
     *                     the hint is added, with a dummy channel on that extension)
     */
    public Edit addExtension(String context, boolean replace, String extension, int priority, String label,
                             String callerId, String app, String data, String registrar, HintExpander hintExpander) {
        DialplanContext existing = context(context);
        ContextBuilder b = existing == null ? new ContextBuilder(context, registrar) : ContextBuilder.of(existing);
        String application = app;
        if (priority == Priority.HINT && app.contains("${") && !extension.startsWith("_")) {
            application = hintExpander.expand(context, extension, app);
        }
        ContextBuilder.AddResult r = b.add(replace, extension, priority, label, callerId, application,
                data == null ? "" : data, registrar, null, 0, LOG::warn, LOG::error);
        Outcome outcome;
        switch (r) {
            case ADDED:
                outcome = Outcome.ADDED;
                break;
            case REPLACED:
                outcome = Outcome.REPLACED;
                break;
            case EXISTS:
                outcome = Outcome.EXISTS;
                break;
            default:
                outcome = Outcome.INVALID;
        }
        if (existing == null) {
            // the context is created even when the extension is refused
            return new Edit(withContext(null, b.build()), outcome);
        }
        if (outcome == Outcome.EXISTS || outcome == Outcome.INVALID) {
            return new Edit(this, outcome);
        }
        return new Edit(withContext(existing, b.build()), outcome);
    }

    /**
     * ast_context_remove_extension_callerid: removes {@code priority} (0: every priority) of
     * {@code extension} in {@code context}, only what {@code registrar} added (null: anyone's).
     *
     * @param callerId      the caller id pattern, "" or null as the AMI action passes them
     * @param matchCallerId true when a caller id was given after {@code /}
     */
    public Edit removeExtension(String context, String extension, int priority, String callerId,
                                boolean matchCallerId, String registrar) {
        DialplanContext existing = context(context);
        if (existing == null) {
            return new Edit(this, Outcome.NOT_FOUND);
        }
        ContextBuilder b = ContextBuilder.of(existing);
        if (!b.remove(extension, priority, callerId, matchCallerId, registrar, LOG::warn)) {
            return new Edit(this, Outcome.NOT_FOUND);
        }
        return new Edit(withContext(existing, b.build()), Outcome.REMOVED);
    }

    /** A copy with {@code replacement} in place of {@code old}, or in front when {@code old} is null. */
    Dialplan withContext(DialplanContext old, DialplanContext replacement) {
        List<DialplanContext> list = new ArrayList<>(contexts.size() + 1);
        if (old == null) {
            list.add(replacement);
            list.addAll(contexts);
        } else {
            for (DialplanContext c : contexts) {
                list.add(c == old ? replacement : c);
            }
        }
        return new Dialplan(list, options, globals, notices, systemZone, warnedSwitches);
    }

    @Override
    public String toString() {
        return "Dialplan" + contexts.stream().map(DialplanContext::name).toList();
    }
}
