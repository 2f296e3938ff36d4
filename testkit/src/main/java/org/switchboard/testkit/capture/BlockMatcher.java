package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares one captured block with one received block, line by line: the same number of lines, the
 * same header names in the same order, and each value either equal, or of the shape a {@link
 * FieldRules} rule allows, or equal once the identifiers in it are mapped through the {@link
 * IdentityMap} (when identifiers are on).
 */
final class BlockMatcher {
    /**
     * The first line that differs, and why. {@code line} counts from 1. {@code onlyIdentities}: the
     * blocks would match if it were not for identifiers that contradict the mapping.
     */
    record Mismatch(int line, String expected, String actual, String reason, boolean onlyIdentities) {
        /** How many lines matched before this one (used to pick the closest candidate). */
        int matchedLines() {
            return line - 1;
        }
    }

    /** A captured value cut into literal text and identifiers, as a pattern for the live value. */
    private record Template(Pattern pattern, List<IdKind> kinds, List<String> captured) { }

    private static final String NOTHING = "<nothing>";
    /** Marks a reason that is a contradiction of the identity mapping. */
    private static final String CONFLICT = "\u0000";

    private final FieldRules rules;
    private final boolean identities;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    BlockMatcher(FieldRules rules, boolean identities) {
        this.rules = rules;
        this.identities = identities;
    }

    /** Null when the blocks match (bindings go into {@code tx}); otherwise the first difference. */
    Mismatch match(List<String> expected, List<String> actual, IdentityMap.Tx tx, IdentityMap ids) {
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            String why = lineDiffers(expected, actual, i, tx, ids);
            if (why != null) {
                boolean conflict = why.startsWith(CONFLICT);
                for (int j = i + 1; conflict && j < n; j++) {
                    conflict = lineDiffers(expected, actual, j, null, ids) == null;
                }
                return new Mismatch(i + 1, line(expected, i), line(actual, i),
                        why.startsWith(CONFLICT) ? why.substring(CONFLICT.length()) : why, conflict);
            }
        }
        return null;
    }

    private static String line(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : NOTHING;
    }

    /** Compares line {@code i}; with {@code tx} null, identifiers are only checked for their shape. */
    private String lineDiffers(List<String> expected, List<String> actual, int i, IdentityMap.Tx tx, IdentityMap ids) {
        String previous = i > 0 && i - 1 < expected.size() ? expected.get(i - 1) : null;
        return lineDiffers(previous, line(expected, i), line(actual, i), tx, ids);
    }

    private String lineDiffers(String previous, String want, String got, IdentityMap.Tx tx, IdentityMap ids) {
        if (want.equals(got)) {
            return identities && tx != null ? bindAll(want, want, tx, ids) : null;
        }
        if (want == NOTHING || got == NOTHING) {
            return want == NOTHING ? "an extra line" : "a missing line";
        }
        FieldRules.ValueRule rule = rules.ruleFor(previous, want);
        int valueAt = FieldRules.valueStart(want);
        if (rule != null) {
            boolean sameHeader = got.length() >= valueAt && got.regionMatches(0, want, 0, valueAt);
            if (sameHeader && rule.accepts(want.substring(valueAt), got.substring(valueAt))) {
                return null;
            }
            return sameHeader ? "expected " + rule.description() : "a different header";
        }
        if (!identities) {
            return "a different value";
        }
        return bindAll(want, got, tx, ids);
    }

    /** Matches the live line against the captured one's identifiers; binds them or says why not. */
    private String bindAll(String want, String got, IdentityMap.Tx tx, IdentityMap ids) {
        Template t = templates.computeIfAbsent(want, w -> template(w, ids));
        if (t.kinds().isEmpty()) {
            return want.equals(got) ? null : "a different value";
        }
        Matcher m = t.pattern().matcher(got);
        if (!m.matches()) {
            return "a different value";
        }
        for (int g = 0; tx != null && g < t.kinds().size(); g++) {
            String conflict = tx.bind(t.kinds().get(g), t.captured().get(g), m.group(g + 1));
            if (conflict != null) {
                return CONFLICT + conflict;
            }
        }
        return null;
    }

    private static Template template(String line, IdentityMap ids) {
        int valueAt = FieldRules.valueStart(line);
        String header = valueAt < 0 ? "" : line.substring(0, valueAt - 2);
        List<int[]> spans = new ArrayList<>();
        List<IdKind> kinds = new ArrayList<>();
        for (IdKind kind : IdKind.values()) {
            if (!kind.appliesTo(header)) {
                continue;
            }
            // the whole line: a header name may name a channel too (OriginateResponse's
            // "ChanVariable(Local/s@default-0000084d;1): foo=", manager.c fast_originate)
            Matcher m = kind.token().matcher(line);
            while (m.find()) {
                if (!ids.isFixed(m.group(1)) && !overlaps(spans, m.start(1), m.end(1))) {
                    insert(spans, kinds, new int[] {m.start(1), m.end(1)}, kind);
                }
            }
        }
        StringBuilder regex = new StringBuilder();
        List<String> captured = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            regex.append(Pattern.quote(line.substring(last, s[0]))).append('(').append(kinds.get(i).liveShape()).append(')');
            captured.add(line.substring(s[0], s[1]));
            last = s[1];
        }
        regex.append(Pattern.quote(line.substring(last)));
        return new Template(Pattern.compile(regex.toString()), List.copyOf(kinds), List.copyOf(captured));
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static void insert(List<int[]> spans, List<IdKind> kinds, int[] span, IdKind kind) {
        int at = 0;
        while (at < spans.size() && spans.get(at)[0] < span[0]) {
            at++;
        }
        spans.add(at, span);
        kinds.add(at, kind);
    }
}
