package org.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The load tool must measure Asterisk and Switchboard alike, so its code uses nothing of
 * Switchboard's; only the JMH benchmarks and the measurement launcher may.
 */
class ClientIndependenceTest {
    private static final Path SOURCES = Path.of("src/main/java/org/switchboard/bench");

    @Test
    void theLoadToolImportsNoSwitchboardModule() throws IOException {
        List<Path> toolSources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            toolSources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(SOURCES.resolve("jmh")) && !p.startsWith(SOURCES.resolve("launch")))
                    .collect(Collectors.toList());
        }
        assertThat(toolSources).hasSizeGreaterThan(10);
        for (Path p : toolSources) {
            assertThat(Files.readString(p)).as(p.toString())
                    .doesNotContainPattern("import\\s+(static\\s+)?org\\.switchboard\\.(config|protocol|pbx|manager|testkit|server)\\.");
        }
    }
}
