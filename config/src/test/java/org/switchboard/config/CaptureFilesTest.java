package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The configuration the reference Asterisk 22.10.1 ran with (../shared/captures/etc). */
class CaptureFilesTest {
    // the reference configuration, kept once in the repository beside the other capture files
    private static final Path ETC = Path.of("../testkit/src/test/resources/captures/etc");
    private static final ConfigReader READER = new ConfigReader(ConfigReadOptions.in(ETC));

    static Stream<Path> confFiles() throws IOException {
        try (Stream<Path> files = Files.list(ETC)) {
            return files.filter(f -> f.toString().endsWith(".conf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("confFiles")
    void everyCapturedFileReadsWithoutNotices(Path file) throws Exception {
        ConfigFile config = READER.read(file.getFileName());

        assertThat(config.categories()).isNotEmpty();
        assertThat(config.notices()).isEmpty();
        assertThat(config.sources().get(0).path()).isEqualTo(file);
        assertThat(config.changedSinceRead()).isFalse();
    }

    @Test
    void managerConf() throws Exception {
        ConfigFile config = READER.read(Path.of("manager.conf"));

        Category general = config.categories().get(0);
        assertThat(general.name()).isEqualTo("general");
        assertThat(general.value("port")).contains("15038");
        assertThat(general.value("channelvars")).contains("foo,does_not_exist");
        assertThat(config.category("filt3").orElseThrow().all("eventfilter"))
                .extracting(Variable::value, v -> v.location().line())
                .containsExactly(tuple("Event: (Newchannel|Hangup)", 117), tuple("!Channel: Local/setfoo", 118));
        assertThat(config.category("secmon").orElseThrow().value("write")).contains("");
        assertThat(config.category("user").orElseThrow().precomments())
                .containsExactly("",
                        "; ---------------------------------------------------------------------------",
                        "; further users",
                        "; ---------------------------------------------------------------------------",
                        "; the Asterisk testsuite's default manager user");
    }

    @Test
    void extensionsConf() throws Exception {
        ConfigFile config = READER.read(Path.of("extensions.conf"));

        Category dflt = config.category("default").orElseThrow();
        assertThat(dflt.variables().subList(0, 4))
                .extracting(Variable::name, Variable::value, Variable::object)
                .containsExactly(
                        tuple("exten", "100,1,Answer()", true),
                        tuple("same", "n,Wait(1)", true),
                        tuple("same", "n,Hangup()", true),
                        tuple("exten", "200,1,Answer()", true));
        assertThat(config.category("globals").orElseThrow().variables()).isEmpty();
        assertThat(config.category("qpos").orElseThrow().variables().get(1).value())
                .isEqualTo("n,Queue(qpos,,,,,,,,${QUEUE_POS})");
    }

    @Test
    void queuesConfIncludesItsReloadFile() throws Exception {
        ConfigFile config = READER.read(Path.of("queues.conf"));

        assertThat(config.categories()).extracting(Category::name).endsWith("qbase", "qr1", "qr2");
        assertThat(config.category("qr1").orElseThrow().all("member")).extracting(Variable::value)
                .containsExactly("local/1@default", "local/2@default", "local/3@default");
        assertThat(config.sources()).extracting(ConfigFile.SourceFile::path)
                .containsExactly(ETC.resolve("queues.conf"), ETC.resolve("queues_reload.conf"));
        assertThat(config.includes()).singleElement().satisfies(include -> {
            assertThat(include.argument()).isEqualTo("queues_reload.conf");
            assertThat(include.precomments()).containsExactly("", "; qr1 / qr2 live in their own file (it may be rewritten with UpdateConfig)");
        });
    }

    @Test
    void indicationsConfKeepsTabsBeforeComments() throws Exception {
        ConfigFile config = READER.read(Path.of("indications.conf"));

        Variable country = config.category("general").orElseThrow().variables().get(0);
        assertThat(country.value()).isEqualTo("us");
        assertThat(country.sameLineComment()).isEqualTo("\t\t; default location");
    }
}
