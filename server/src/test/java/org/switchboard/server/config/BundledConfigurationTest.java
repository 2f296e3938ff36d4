package org.switchboard.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledConfigurationTest {
    private static final Pattern SECRET = Pattern.compile("(?m)^secret = (.*)$");

    @TempDir
    Path dataDir;

    @Test
    void firstStartWritesEveryFileWithAFreshSecret() throws IOException {
        Path etc = dataDir.resolve("etc");

        BundledConfiguration.Result result = BundledConfiguration.materialise(etc);

        assertThat(result.written()).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(BundledConfiguration.FILES);
        String manager = Files.readString(etc.resolve("manager.conf"), StandardCharsets.ISO_8859_1);
        assertThat(manager).doesNotContain(BundledConfiguration.SECRET_PLACEHOLDER);
        assertThat(result.generatedSecret()).hasValueSatisfying(secret -> {
            assertThat(secret).hasSize(20).matches("[A-Za-z0-9]{20}");
            assertThat(secretIn(manager)).isEqualTo(secret);
        });
        assertThat(Files.getPosixFilePermissions(etc.resolve("manager.conf")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void theBundledManagerConfListensOnLoopbackWithAnAllPowerfulAdmin() throws IOException {
        Path etc = dataDir.resolve("etc");
        BundledConfiguration.materialise(etc);

        String manager = Files.readString(etc.resolve("manager.conf"), StandardCharsets.ISO_8859_1);

        assertThat(manager).contains("enabled = yes", "port = 5038", "bindaddr = 127.0.0.1",
                "[admin]", "read = all", "write = all");
        assertThat(Files.readString(etc.resolve("extensions.conf"))).contains("[default]",
                "exten => 100,1,Answer()", "same => n,Wait(1)", "exten => 200,1,Answer()", "same => n,Echo()");
    }

    @Test
    void laterStartsKeepTheFilesAndTheSecret() throws IOException {
        Path etc = dataDir.resolve("etc");
        String first = BundledConfiguration.materialise(etc).generatedSecret().orElseThrow();
        Files.writeString(etc.resolve("extensions.conf"), "; edited\n");

        BundledConfiguration.Result again = BundledConfiguration.materialise(etc);

        assertThat(again.written()).isEmpty();
        assertThat(again.generatedSecret()).isEmpty();
        assertThat(secretIn(Files.readString(etc.resolve("manager.conf"), StandardCharsets.ISO_8859_1))).isEqualTo(first);
        assertThat(Files.readString(etc.resolve("extensions.conf"))).isEqualTo("; edited\n");
    }

    @Test
    void aMissingFileIsRestoredAlone() throws IOException {
        Path etc = dataDir.resolve("etc");
        String first = BundledConfiguration.materialise(etc).generatedSecret().orElseThrow();
        Files.delete(etc.resolve("http.conf"));

        BundledConfiguration.Result again = BundledConfiguration.materialise(etc);

        assertThat(again.written()).containsExactly(etc.resolve("http.conf"));
        assertThat(secretIn(Files.readString(etc.resolve("manager.conf"), StandardCharsets.ISO_8859_1))).isEqualTo(first);
        assertThat(etc).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void secretsDifferBetweenDataDirectories() throws IOException {
        String one = BundledConfiguration.materialise(dataDir.resolve("a")).generatedSecret().orElseThrow();
        String two = BundledConfiguration.materialise(dataDir.resolve("b")).generatedSecret().orElseThrow();

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void everyBundledFileIsListed() throws IOException, URISyntaxException {
        Path bundled = Path.of(BundledConfiguration.class.getResource("/bundled-etc/").toURI());
        try (Stream<Path> files = Files.list(bundled)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(BundledConfiguration.FILES);
        }
    }

    private static String secretIn(String managerConf) {
        Matcher m = SECRET.matcher(managerConf);
        assertThat(m.find()).isTrue();
        return m.group(1).trim();
    }
}
