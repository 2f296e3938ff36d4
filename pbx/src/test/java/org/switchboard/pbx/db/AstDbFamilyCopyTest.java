package org.switchboard.pbx.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AstDbFamilyCopyTest {
    @TempDir
    Path dir;

    @Test
    void fillsFromTheFamilysEntriesAndWritesThrough() throws Exception {
        try (AstDb db = AstDb.open(dir)) {
            db.put("CustomDevstate", "lamp", "INUSE").join();
            db.put("customdevstate", "other", "BUSY").join();   // gettree's LIKE matches it; the copy does not
            AstDbFamilyCopy copy = new AstDbFamilyCopy("CustomDevstate");
            List<AstDbEntry> saved = db.tree("CustomDevstate", "").join();
            assertThat(saved).hasSize(2);
            copy.fill(db, saved);
            assertThat(copy.get("lamp")).isEqualTo("INUSE");
            assertThat(copy.get("other")).isNull();
            assertThat(AstDbFamilyCopy.lastKeyPart(saved.get(0))).isEqualTo("lamp");

            copy.put("desk", "RINGING");
            assertThat(copy.get("desk")).isEqualTo("RINGING");
            // the put was queued before this read: the store answers in order
            assertThat(db.get("CustomDevstate", "desk").join()).isEqualTo(Optional.of("RINGING"));
        }
    }

    @Test
    void withoutAStoreItIsMemoryOnly() {
        AstDbFamilyCopy copy = new AstDbFamilyCopy("CustomPresence");
        copy.put("x", "away");
        assertThat(copy.get("x")).isEqualTo("away");
        assertThat(copy.family()).isEqualTo("CustomPresence");
    }
}
