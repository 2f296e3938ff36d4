package org.switchboard.pbx.channel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.pbx.core.CoreLoop;

/**
 * Every live channel, by name (compared without case, as ast_channel_get_by_name does) and by
 * Uniqueid; and the counters that make Uniqueids (spec 02 §6.1). Core thread only.
 */
public final class ChannelRegistry {
    private final CoreLoop core;
    private final Map<String, SimChannel> byName = new LinkedHashMap<>();
    private final Map<String, SimChannel> byUniqueId = new LinkedHashMap<>();
    private int uniqueIdSequence;

    public ChannelRegistry(CoreLoop core) {
        this.core = core;
    }

    /** The next counter value for {@code <epoch>.<n>} Uniqueids; starts at 0, one per channel. */
    public int nextUniqueIdSequence() {
        return uniqueIdSequence++;
    }

    void add(SimChannel c) {
        assert core.inCoreThread();
        byName.put(key(c.name()), c);
        byUniqueId.put(c.uniqueId(), c);
    }

    void remove(SimChannel c) {
        assert core.inCoreThread();
        byName.remove(key(c.name()), c);
        byUniqueId.remove(c.uniqueId(), c);
    }

    void renamed(SimChannel c, String oldName) {
        byName.remove(key(oldName), c);
        byName.put(key(c.name()), c);
    }

    public Optional<SimChannel> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    public Optional<SimChannel> byUniqueId(String uniqueId) {
        return Optional.ofNullable(byUniqueId.get(uniqueId));
    }

    /** A channel by exact name, else by Uniqueid (ast_channel_get_by_name falls back so). */
    public Optional<SimChannel> find(String nameOrUniqueId) {
        return byName(nameOrUniqueId).or(() -> byUniqueId(nameOrUniqueId));
    }

    /** Channels whose name starts with {@code prefix} (ignoring case), in creation order. */
    public List<SimChannel> byNamePrefix(String prefix) {
        List<SimChannel> out = new ArrayList<>();
        String p = key(prefix);
        for (Map.Entry<String, SimChannel> e : byName.entrySet()) {
            if (e.getKey().startsWith(p)) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** All live channels in creation order. */
    /**
     * The channels newest first: the order Asterisk's channel containers happen to list a call's
     * channels in (captures M01 Status, G01 CoreShowChannels).
     */
    public List<SimChannel> newestFirst() {
        List<SimChannel> list = new java.util.ArrayList<>(byUniqueId.values());
        java.util.Collections.reverse(list);
        return list;
    }

    public Collection<SimChannel> all() {
        return new ArrayList<>(byUniqueId.values());
    }

    public int size() {
        return byUniqueId.size();
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
