package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Which live identifier each captured identifier stands for, per {@link IdKind}: a bijection, built
 * as identifiers first appear. A captured value always maps to the same live value, and no two
 * captured values map to the same live value. Values a client chose itself (an Originate {@code
 * ChannelId}) are never identifiers: they must come back as they are.
 */
public final class IdentityMap {
    /** One captured identifier and the live one it stands for. */
    public record Binding(IdKind kind, String captured, String live) { }

    private final Map<IdKind, Map<String, String>> toLive = new EnumMap<>(IdKind.class);
    private final Map<IdKind, Map<String, String>> toCaptured = new EnumMap<>(IdKind.class);
    private final Set<String> fixed;

    IdentityMap(Set<String> fixed, Collection<Binding> seeds) {
        this.fixed = Set.copyOf(fixed);
        for (IdKind k : IdKind.values()) {
            toLive.put(k, new HashMap<>());
            toCaptured.put(k, new HashMap<>());
        }
        for (Binding b : seeds) {
            put(b);
        }
    }

    /** The live identifier that {@code captured} stands for, if it appeared already. */
    public Optional<String> live(IdKind kind, String captured) {
        return Optional.ofNullable(toLive.get(kind).get(captured));
    }

    /** The captured identifier that {@code live} stands for, if any. */
    public Optional<String> captured(IdKind kind, String live) {
        return Optional.ofNullable(toCaptured.get(kind).get(live));
    }

    /** Every binding so far. */
    public List<Binding> bindings() {
        List<Binding> out = new ArrayList<>();
        toLive.forEach((k, m) -> m.forEach((c, l) -> out.add(new Binding(k, c, l))));
        return out;
    }

    /** Is this value one a client chose (and so never an identifier to map)? */
    boolean isFixed(String value) {
        return fixed.contains(value);
    }

    /**
     * Rewrites client bytes: every identifier of a known kind that has a live counterpart is
     * replaced by it (wherever it appears; a Hangup may name a channel by its Uniqueid). Identifiers
     * never seen (a deliberately wrong {@code Local/none@default-ffffffff;1}) stay as they are.
     */
    public String translate(String clientText) {
        return translate(clientText, new ArrayList<>());
    }

    /** Same, adding the bindings it used to {@code used}. */
    String translate(String clientText, List<Binding> used) {
        String text = clientText;
        for (IdKind kind : IdKind.values()) {
            Matcher m = kind.token().matcher(text);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (m.find()) {
                String live = toLive.get(kind).get(m.group(1));
                if (live != null && !isFixed(m.group(1))) {
                    out.append(text, last, m.start(1)).append(live);
                    last = m.end(1);
                    used.add(new Binding(kind, m.group(1), live));
                }
            }
            text = out.append(text, last, text.length()).toString();
        }
        return text;
    }

    /** Starts a tentative set of new bindings (one block's worth). */
    Tx begin() {
        return new Tx();
    }

    private void put(Binding b) {
        toLive.get(b.kind()).put(b.captured(), b.live());
        toCaptured.get(b.kind()).put(b.live(), b.captured());
    }

    /** New bindings that count only once committed; the map itself is unchanged until then. */
    final class Tx {
        private final List<Binding> added = new ArrayList<>();

        /** Binds, or explains why the binding contradicts the map (null when fine). */
        String bind(IdKind kind, String captured, String live) {
            String knownLive = lookup(kind, captured, true);
            if (knownLive != null) {
                return knownLive.equals(live) ? null : "the captured " + kind.description() + " " + captured
                        + " already stands for " + knownLive + ", not " + live;
            }
            String knownCaptured = lookup(kind, live, false);
            if (knownCaptured != null) {
                return "the live " + kind.description() + " " + live + " already stands for the captured "
                        + knownCaptured + ", so it cannot stand for " + captured + " too";
            }
            added.add(new Binding(kind, captured, live));
            return null;
        }

        private String lookup(IdKind kind, String value, boolean fromCaptured) {
            String v = (fromCaptured ? toLive : toCaptured).get(kind).get(value);
            if (v != null) {
                return v;
            }
            for (Binding b : added) {
                if (b.kind() == kind && (fromCaptured ? b.captured() : b.live()).equals(value)) {
                    return fromCaptured ? b.live() : b.captured();
                }
            }
            return null;
        }

        void commit() {
            added.forEach(IdentityMap.this::put);
        }
    }
}
