package org.switchboard.pbx.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps items in the order an Asterisk ao2 hash container lists them: by bucket, then in insertion
 * order within a bucket (astobj2_hash.c; an item removed and added again goes to the end of its
 * bucket). Listings that walk such a container (DeviceStateList, PresenceStateList,
 * ExtensionStateList, core show hints) come out in this order, so Switchboard lists in it too.
 * Items are compared with {@code equals}. Not thread-safe.
 *
 * @param <T> the item type
 */
public final class HashOrder<T> {
    /** The bucket count of the hints container and of the stasis caches (pbx.c, stasis_cache.c). */
    public static final int BUCKETS = 563;

    private final Map<T, Integer> items = new LinkedHashMap<>();

    /** Adds {@code item} at the end of {@code bucket}; an item already present keeps its place. */
    public void add(T item, int bucket) {
        items.putIfAbsent(item, bucket);
    }

    public boolean remove(T item) {
        return items.remove(item) != null;
    }

    public int size() {
        return items.size();
    }

    /** The items in listing order. */
    public List<T> items() {
        List<Map.Entry<T, Integer>> entries = new ArrayList<>(items.entrySet());
        entries.sort(Map.Entry.comparingByValue());   // stable: insertion order within a bucket
        List<T> out = new ArrayList<>(entries.size());
        for (Map.Entry<T, Integer> e : entries) {
            out.add(e.getKey());
        }
        return out;
    }

    /**
     * The bucket of a key hashed with ast_str_case_hash (strings.h: djb2 over the lower-cased
     * bytes, kept to the positive int range), as the hints container hashes extension names.
     */
    public static int caseHashBucket(String key) {
        int hash = 5381;
        for (int i = 0; i < key.length(); i++) {
            hash = hash * 33 ^ asciiLower(key.charAt(i) & 0xff);
        }
        return (hash & Integer.MAX_VALUE) % BUCKETS;
    }

    /**
     * The bucket of a stasis cache entry (stasis_cache.c cache_entry_compute_hash): the hashtab
     * string hash of the message type's name plus that of the id, as a signed int.
     */
    public static int stasisCacheBucket(String messageType, String id) {
        int hash = hashtabHash(messageType) + hashtabHash(id);
        return Math.abs(hash % BUCKETS);
    }

    /** hashtab.c ast_hashtab_hash_string: total * 13 + byte, over the bytes. */
    private static int hashtabHash(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            total = total * 13 + (s.charAt(i) & 0xff);
        }
        return total;
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
