package org.switchboard.pbx.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AstDB family kept in memory for code that must not wait for the database (the core thread):
 * filled from the family's saved entries at start, then written through, each write also queued
 * to AstDB (not waited for; a failure is logged). Entries written to AstDB by anyone else are not
 * seen until the copy is filled again. Not thread-safe.
 */
public final class AstDbFamilyCopy {
    private static final Logger log = LoggerFactory.getLogger(AstDbFamilyCopy.class);

    private final String family;
    private final Map<String, String> values = new HashMap<>();
    private AstDb db;

    public AstDbFamilyCopy(String family) {
        this.family = family;
    }

    public String family() {
        return family;
    }

    /**
     * Fills the copy from {@code saved} (entries as {@link AstDb#tree} returns them; those of other
     * families are skipped) and writes through to {@code db} from now on.
     */
    public void fill(AstDb db, List<AstDbEntry> saved) {
        this.db = db;
        String prefix = "/" + family + "/";
        for (AstDbEntry e : saved) {
            if (e.key().startsWith(prefix)) {
                values.put(e.key().substring(prefix.length()), e.value());
            }
        }
    }

    /** The value of {@code key}, or null. */
    public String get(String key) {
        return values.get(key);
    }

    /** Sets {@code key} here and queues the same put to AstDB. */
    public void put(String key, String value) {
        values.put(key, value);
        if (db != null) {
            db.put(family, key, value).whenComplete((ok, failure) -> {
                if (failure != null || !Boolean.TRUE.equals(ok)) {
                    log.warn("AstDB entry /{}/{} not stored", family, key);
                }
            });
        }
    }

    /** The last part of a stored key ({@code /family/a/b} gives {@code b}), as func_devstate.c reads keys. */
    public static String lastKeyPart(AstDbEntry entry) {
        return entry.key().substring(entry.key().lastIndexOf('/') + 1);
    }
}
