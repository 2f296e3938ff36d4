package org.switchboard.pbx.dialplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.pattern.ExtensionMatcher;
import org.switchboard.pbx.dialplan.pattern.ExtensionNames;
import org.switchboard.pbx.dialplan.pattern.ExtensionOrder;

/**
 * A context being built or edited: Asterisk's insertion rules (pbx.c
 * {@code ast_add_extension2_lockopt}, {@code add_priority}) and removal rules
 * ({@code ast_context_remove_extension_callerid2}). The loader and the copy-on-write edits of
 * {@link Dialplan} both go through here. Not thread-safe; short-lived.
 */
final class ContextBuilder {
    final String name;
    final String registrar;
    boolean autohints;
    final List<ExtensionBuilder> extensions = new ArrayList<>();
    final List<Include> includes = new ArrayList<>();
    final List<IgnorePattern> ignorePatterns = new ArrayList<>();
    final List<Switch> switches = new ArrayList<>();

    /** The outcome of adding a priority. */
    enum AddResult { ADDED, REPLACED, EXISTS, EMPTY_NAME }

    ContextBuilder(String name, String registrar) {
        this.name = name;
        this.registrar = registrar;
    }

    /** A builder holding a copy of {@code context}. */
    static ContextBuilder of(DialplanContext context) {
        ContextBuilder b = new ContextBuilder(context.name(), context.registrar());
        b.autohints = context.autohints();
        for (Extension e : context.extensions()) {
            b.extensions.add(new ExtensionBuilder(e));
        }
        b.includes.addAll(context.includes());
        b.ignorePatterns.addAll(context.ignorePatterns());
        b.switches.addAll(context.switches());
        return b;
    }

    DialplanContext build() {
        List<Extension> built = new ArrayList<>(extensions.size());
        for (ExtensionBuilder e : extensions) {
            built.add(e.build());
        }
        return new DialplanContext(name, registrar, autohints, built, includes, ignorePatterns, switches);
    }

    /**
     * ast_add_extension2: adds one priority. {@code callerId} null means "any caller" (an empty
     * string matches only calls without caller id). Warnings go to {@code notices}.
     */
    AddResult add(boolean replace, String extension, int priority, String label, String callerId, String app,
                  String data, String registrar, String registrarFile, int registrarLine, Consumer<String> warnings,
                  Consumer<String> errors) {
        if (extension.isEmpty()) {
            errors.accept("You have to be kidding-- add exten '' to context " + name
                    + "? Figure out a name and call me back. Action ignored.");
            return AddResult.EMPTY_NAME;
        }
        String display = ExtensionNames.displayName(extension);
        int fluff = priority == Priority.HINT ? 0 : ExtensionNames.fluffCount(extension);
        String match = fluff > 0 ? ExtensionNames.matchName(extension) : display;
        String cidDisplay = null;
        String cidMatch = null;
        if (callerId != null) {
            cidDisplay = ExtensionNames.displayName(callerId);
            cidMatch = ExtensionNames.fluffCount(callerId) > 0 ? ExtensionNames.matchName(callerId) : cidDisplay;
        }
        Priority tmp = new Priority(priority, label == null || label.isEmpty() ? null : label, app, data, display,
                match, cidMatch, cidDisplay, registrar, registrarFile, registrarLine);
        int pos = lowerBound(tmp);
        if (pos < extensions.size() && compare(extensions.get(pos).head(), tmp) == 0) {
            return extensions.get(pos).addPriority(tmp, replace, name, warnings);
        }
        extensions.add(pos, new ExtensionBuilder(tmp));
        return AddResult.ADDED;
    }

    /** ast_context_add_include2: false (EEXIST) when an include of the same text (ignoring case) exists. */
    boolean addInclude(Include include) {
        for (Include i : includes) {
            if (CStrings.equalsIgnoreAsciiCase(i.name(), include.name())) {
                return false;
            }
        }
        includes.add(include);
        return true;
    }

    /** ast_context_add_ignorepat2: false (EEXIST) when the pattern exists (ignoring case). */
    boolean addIgnorePattern(IgnorePattern pattern) {
        for (IgnorePattern p : ignorePatterns) {
            if (CStrings.equalsIgnoreAsciiCase(p.pattern(), pattern.pattern())) {
                return false;
            }
        }
        ignorePatterns.add(pattern);
        return true;
    }

    /** ast_context_add_switch2: false (EEXIST) when the same name and data exist (ignoring case). */
    boolean addSwitch(Switch sw) {
        for (Switch s : switches) {
            if (CStrings.equalsIgnoreAsciiCase(s.name(), sw.name())
                    && CStrings.equalsIgnoreAsciiCase(s.data(), sw.data())) {
                return false;
            }
        }
        switches.add(sw);
        return true;
    }

    /**
     * ast_findlabel_extension2 on this context alone, as pbx_config uses it for
     * {@code exten => 100,label+1,...}: the first matching extension carrying the label, or -1.
     */
    int findLabel(String exten, String label, String callerId) {
        for (ExtensionBuilder e : extensions) {
            Priority h = e.head();
            if (!ExtensionMatcher.matches(h.matchName(), exten)) {
                continue;
            }
            if (h.matchesCallerId()) {
                boolean fits = CStrings.isEmpty(callerId)
                        ? h.callerIdMatch().isEmpty()
                        : ExtensionMatcher.matches(h.callerIdMatch(), callerId);
                if (!fits) {
                    continue;
                }
            }
            Priority p = e.labels.get(label);
            if (p != null) {
                return p.number();
            }
        }
        return -1;
    }

    /** The first extension that does not sort before {@code tmp} (the list is kept sorted). */
    private int lowerBound(Priority tmp) {
        int lo = 0;
        int hi = extensions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(extensions.get(mid).head(), tmp) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** ext_cmp on the match names, then: an extension with a caller id pattern sorts first. */
    static int compare(Priority e, Priority tmp) {
        int res = ExtensionOrder.compare(e.matchName(), tmp.matchName());
        if (res != 0) {
            return res;
        }
        boolean eCid = e.matchesCallerId();
        boolean tCid = tmp.matchesCallerId();
        if (!eCid && !tCid) {
            return 0;
        }
        if (tCid && !eCid) {
            return 1;
        }
        if (eCid && !tCid) {
            return -1;
        }
        return ExtensionOrder.compare(e.callerIdMatch(), tmp.callerIdMatch());
    }

    /**
     * ast_context_remove_extension_callerid2. {@code priority} 0 removes every priority; a null
     * {@code registrar} removes regardless of who added them. Returns whether anything was
     * removed; the Asterisk warning for an unknown extension goes to {@code warnings}.
     */
    boolean remove(String extension, int priority, String callerId, boolean matchCallerId, String registrar,
                   Consumer<String> warnings) {
        String exten = ExtensionNames.matchName(extension);
        String cid = callerId == null ? null : ExtensionNames.matchName(callerId);
        if (!inRootTable(exten, cid, matchCallerId)) {
            warnings.accept("Cannot find extension " + extension + " in root_table in context " + name);
        }
        return new PeerRemoval(this, exten, cid, callerId != null, matchCallerId, priority, registrar).run();
    }

    /** The hashtab lookup Asterisk does first (hashtab_compare_extens), only for its warning. */
    private boolean inRootTable(String exten, String cid, boolean matchCallerId) {
        for (ExtensionBuilder e : extensions) {
            Priority h = e.head();
            if (!h.matchName().equals(exten)) {
                continue;
            }
            if (h.matchesCallerId() != matchCallerId) {
                continue;
            }
            if (!matchCallerId) {
                return true;
            }
            String stored = h.callerIdMatch();
            if ((stored.isEmpty() && (cid == null || cid.isEmpty())) || stored.equals(cid)) {
                return true;
            }
        }
        return false;
    }

    /** One extension's priorities while building. */
    static final class ExtensionBuilder {
        final List<Priority> peers = new ArrayList<>();
        final Map<String, Priority> labels = new LinkedHashMap<>();

        ExtensionBuilder(Priority first) {
            peers.add(first);
            if (first.label() != null) {
                labels.put(first.label(), first);
            }
        }

        ExtensionBuilder(Extension e) {
            peers.addAll(e.priorities());
            labels.putAll(e.labels());
        }

        ExtensionBuilder(List<Priority> peers, Map<String, Priority> oldLabels) {
            this.peers.addAll(peers);
            for (Map.Entry<String, Priority> l : oldLabels.entrySet()) {
                if (peers.contains(l.getValue())) {
                    labels.put(l.getKey(), l.getValue());
                }
            }
            for (Priority p : peers) {
                if (p.label() != null) {
                    labels.putIfAbsent(p.label(), p);
                }
            }
        }

        Priority head() {
            return peers.get(0);
        }

        Extension build() {
            return new Extension(peers, labels);
        }

        /** add_priority. */
        AddResult addPriority(Priority incoming, boolean replace, String context, Consumer<String> warnings) {
            Priority tmp = incoming;
            boolean repeatedLabel = false;
            int pos = 0;
            for (; pos < peers.size(); pos++) {
                Priority e = peers.get(pos);
                if (e.label() != null && tmp.label() != null && e.number() != tmp.number()
                        && e.label().equals(tmp.label())) {
                    if (!e.extensionName().equals(tmp.extensionName())) {
                        warnings.accept("Extension '" + tmp.extensionName() + "' priority " + tmp.number() + " in '"
                                + context + "', label '" + tmp.label() + "' already in use at aliased extension '"
                                + e.extensionName() + "' priority " + e.number());
                    } else {
                        warnings.accept("Extension '" + tmp.extensionName() + "' priority " + tmp.number() + " in '"
                                + context + "', label '" + tmp.label() + "' already in use at priority " + e.number());
                    }
                    repeatedLabel = true;
                }
                if (e.number() >= tmp.number()) {
                    break;
                }
            }
            if (repeatedLabel) {
                tmp = tmp.withoutLabel();
            }
            if (pos == peers.size()) {
                peers.add(tmp);
                addLabel(tmp);
                return AddResult.ADDED;
            }
            Priority existing = peers.get(pos);
            if (existing.number() == tmp.number()) {
                if (!replace) {
                    if (!existing.extensionName().equals(tmp.extensionName())) {
                        warnings.accept("Unable to register extension '" + tmp.extensionName() + "' priority "
                                + tmp.number() + " in '" + context + "', already in use by aliased extension '"
                                + existing.extensionName() + "'");
                    } else {
                        warnings.accept("Unable to register extension '" + tmp.extensionName() + "' priority "
                                + tmp.number() + " in '" + context + "', already in use");
                    }
                    return AddResult.EXISTS;
                }
                peers.set(pos, tmp);
                if (existing.label() != null) {
                    // removed by looking the label up, whichever priority the table holds for it
                    labels.remove(existing.label());
                }
                addLabel(tmp);
                return AddResult.REPLACED;
            }
            peers.add(pos, tmp);
            addLabel(tmp);
            return AddResult.ADDED;
        }

        private void addLabel(Priority p) {
            if (p.label() != null) {
                labels.putIfAbsent(p.label(), p);
            }
        }
    }
}
