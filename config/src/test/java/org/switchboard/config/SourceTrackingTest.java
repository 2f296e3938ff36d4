package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sources() and changedSinceRead(): the file cache a reload consults (spec 01 §5.4; config.c
 * config_text_file_load with CONFIG_FLAG_FILEUNCHANGED).
 */
class SourceTrackingTest {
    @TempDir
    Path tmp;
    ConfDir conf;

    @BeforeEach
    void setUp() {
        conf = new ConfDir(tmp);
    }

    private static void touch(Path file) throws Exception {
        FileTime now = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(now.toMillis() + 5_000));
    }

    @Test
    void everyFileReadIsRecordedOnceWithItsStamp() throws Exception {
        Path users = conf.write("users.conf", "[u]\n");
        Path main = conf.write("manager.conf", "[general]\n#include users.conf\n#include users.conf\n");

        ConfigFile config = conf.read("manager.conf");

        assertThat(config.path()).isEqualTo(main);
        assertThat(config.sources()).extracting(ConfigFile.SourceFile::path).containsExactly(main, users);
        ConfigFile.SourceFile first = config.sources().get(0);
        assertThat(first.size()).isEqualTo(Files.size(main));
        assertThat(first.lastModified()).isEqualTo(Files.getLastModifiedTime(main));
        assertThat(first.lastModifiedMillis()).isEqualTo(Files.getLastModifiedTime(main).toMillis());
    }

    @Test
    void untouchedFilesAreUnchanged() throws Exception {
        conf.write("users.conf", "[u]\n");
        conf.write("manager.conf", "[general]\n#include users.conf\n");

        ConfigFile config = conf.read("manager.conf");

        assertThat(config.changedSinceRead()).isFalse();
    }

    @Test
    void aNewTimeOrSizeOfTheTopFileIsAChange() throws Exception {
        Path main = conf.write("manager.conf", "[general]\n");
        ConfigFile config = conf.read("manager.conf");

        touch(main);

        assertThat(config.changedSinceRead()).isTrue();
    }

    @Test
    void aChangedIncludedFileIsAChange() throws Exception {
        conf.write("deeper.conf", "x = 1\n");
        conf.write("users.conf", "[u]\n#include deeper.conf\n");
        conf.write("manager.conf", "[general]\n#include users.conf\n");
        ConfigFile config = conf.read("manager.conf");

        conf.write("deeper.conf", "x = 22\n");

        assertThat(config.changedSinceRead()).isTrue();
    }

    @Test
    void aDeletedIncludedFileIsAChange() throws Exception {
        Path users = conf.write("users.conf", "[u]\n");
        conf.write("manager.conf", "[general]\n#include users.conf\n");
        ConfigFile config = conf.read("manager.conf");

        Files.delete(users);

        assertThat(config.changedSinceRead()).isTrue();
    }

    @Test
    void aDeletedTopFileIsAChange() throws Exception {
        Path main = conf.write("manager.conf", "[general]\n");
        ConfigFile config = conf.read("manager.conf");

        Files.delete(main);

        assertThat(config.changedSinceRead()).isTrue();
    }

    @Test
    void aWildcardIncludeAlwaysCountsAsChanged() throws Exception {
        conf.write("conf.d/a.conf", "[a]\n");
        conf.write("manager.conf", "#include conf.d/*.conf\n");

        ConfigFile config = conf.read("manager.conf");

        assertThat(config.changedSinceRead()).isTrue();
    }

    @Test
    void aMissingTryincludeAlwaysCountsAsChanged() throws Exception {
        conf.write("manager.conf", "[general]\n#tryinclude local.conf\n");

        ConfigFile config = conf.read("manager.conf");

        assertThat(config.changedSinceRead()).isTrue();
    }

    @Test
    void anExecAlwaysCountsAsChanged() throws Exception {
        conf.write("manager.conf", "[general]\n#exec echo a=1\n");

        ConfigFile config = conf.readWithExec("manager.conf");

        assertThat(config.changedSinceRead()).isTrue();
    }

    @Test
    void aRefusedExecIsNoChange() throws Exception {
        conf.write("manager.conf", "[general]\n#exec echo a=1\n");

        ConfigFile config = conf.read("manager.conf");

        assertThat(config.changedSinceRead()).isFalse();
    }

    @Test
    void aSelfIncludingFileCanBeChecked() throws Exception {
        conf.write("loop.conf", "[c]\n#include loop.conf\n");

        ConfigFile config = conf.read("loop.conf");

        assertThat(config.changedSinceRead()).isFalse();
    }

    @Test
    void parsedTextAlwaysCountsAsChanged() throws Exception {
        ConfigFile config = new ConfigReader(ConfigReadOptions.in(tmp)).parse(Path.of("manager.conf"), "[general]\n");

        assertThat(config.changedSinceRead()).isTrue();
        assertThat(config.sources()).isEmpty();
    }
}
