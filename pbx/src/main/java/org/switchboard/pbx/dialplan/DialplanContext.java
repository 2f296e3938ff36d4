package org.switchboard.pbx.dialplan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code [context]} of a dialplan: its extensions in Asterisk's order
 * ({@link org.switchboard.pbx.dialplan.pattern.ExtensionOrder}), its includes, ignore patterns and
 * switches in the order they were added. Immutable; lookups use a prebuilt index of the literal
 * extensions.
 */
public final class DialplanContext {
    private static final int[] NONE = new int[0];

    private final String name;
    private final String registrar;
    private final boolean autohints;
    private final List<Extension> extensions;
    private final List<Include> includes;
    private final List<IgnorePattern> ignorePatterns;
    private final List<Switch> switches;
    /** Literal extensions by match name without dashes: their positions, in order. */
    private final Map<String, int[]> literalIndex;
    private final int firstPattern;

    DialplanContext(String name, String registrar, boolean autohints, List<Extension> extensions,
                    List<Include> includes, List<IgnorePattern> ignorePatterns, List<Switch> switches) {
        this.name = name;
        this.registrar = registrar;
        this.autohints = autohints;
        this.extensions = List.copyOf(extensions);
        this.includes = List.copyOf(includes);
        this.ignorePatterns = List.copyOf(ignorePatterns);
        this.switches = List.copyOf(switches);
        Map<String, List<Integer>> index = new HashMap<>();
        int first = this.extensions.size();
        for (int i = 0; i < this.extensions.size(); i++) {
            Extension e = this.extensions.get(i);
            if (e.isPattern()) {
                first = Math.min(first, i);
                continue;
            }
            index.computeIfAbsent(withoutDashes(e.matchName()), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> frozen = new HashMap<>(index.size() * 2);
        index.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.literalIndex = frozen;
        this.firstPattern = first;
    }

    /** The context's name (case-sensitive). */
    public String name() {
        return name;
    }

    /** Who created it ({@code pbx_config} for extensions.conf). */
    public String registrar() {
        return registrar;
    }

    /** {@code autohints = yes} was set in it. */
    public boolean autohints() {
        return autohints;
    }

    /** The extensions in Asterisk's order (also matching precedence and listing order). */
    public List<Extension> extensions() {
        return extensions;
    }

    public List<Include> includes() {
        return includes;
    }

    public List<IgnorePattern> ignorePatterns() {
        return ignorePatterns;
    }

    public List<Switch> switches() {
        return switches;
    }

    /** The extensions that have a hint, in order. */
    public List<Extension> hints() {
        List<Extension> out = new ArrayList<>();
        for (Extension e : extensions) {
            if (e.hint() != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Positions of the literal extensions whose name equals {@code dialled} ignoring dashes. */
    int[] literalCandidates(String dialled) {
        int[] hits = literalIndex.get(withoutDashes(dialled));
        return hits == null ? NONE : hits;
    }

    /** Position of the first pattern extension (the literals all come before). */
    int firstPattern() {
        return firstPattern;
    }

    private static String withoutDashes(String s) {
        return s.indexOf('-') < 0 ? s : s.replace("-", "");
    }

    @Override
    public String toString() {
        return "[" + name + "] " + extensions;
    }
}
