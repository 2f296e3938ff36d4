package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes and lines: how config.c config_text_file_load reads a file with fgets. */
class LineReadingTest {
    @TempDir
    Path tmp;
    ConfDir conf;

    @BeforeEach
    void setUp() {
        conf = new ConfDir(tmp);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof byte[] raw) {
                out.writeBytes(raw);
            } else {
                out.writeBytes(part.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return out.toByteArray();
    }

    @Test
    void everyByteSurvivesAsOneCharacter() throws Exception {
        conf.writeBytes("test.conf", bytes("[c]\nlatin = caf", new byte[] {(byte) 0xE9}, "\nutf8 = caf",
                new byte[] {(byte) 0xC3, (byte) 0xA9}, "\n"));

        ConfigFile config = conf.read("test.conf");

        assertThat(config.categories().get(0).variables()).extracting(Variable::value)
                .containsExactly("caf\u00e9", "caf\u00c3\u00a9");
    }

    @Test
    void utf8ByteOrderMarkIsSkippedOnTheFirstLineOnly() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        conf.writeBytes("test.conf", bytes(bom, "[c]\n", bom, "a = 1\n"));

        ConfigFile config = conf.read("test.conf");

        assertThat(config.categories()).extracting(Category::name).containsExactly("c");
        assertThat(config.categories().get(0).variables()).extracting(Variable::name)
                .containsExactly("\u00ef\u00bb\u00bfa");
    }

    @Test
    void crLfLineEndsAreBlanks() throws Exception {
        ConfigFile config = conf.readText("[c] ; head\r\na = 1\r\nb = 2 ; note\r\n");

        Category c = config.categories().get(0);
        assertThat(c.variables()).extracting(Variable::name, Variable::value).containsExactly(tuple("a", "1"), tuple("b", "2"));
        // comments keep every byte up to the line feed
        assertThat(c.sameLineComment()).isEqualTo(" ; head\r");
        assertThat(c.variables().get(1).sameLineComment()).isEqualTo(" ; note\r");
    }

    @Test
    void lastLineNeedsNoLineFeed() throws Exception {
        ConfigFile config = conf.readText("[c]\na = 1");

        assertThat(config.categories().get(0).value("a")).contains("1");
    }

    @Test
    void aNulByteEndsTheLine() throws Exception {
        ConfigFile config = conf.readText("[c]\na = b\u0000c\nd = 1\n");

        assertThat(config.categories().get(0).variables()).extracting(Variable::name, Variable::value)
                .containsExactly(tuple("a", "b"), tuple("d", "1"));
    }

    @Test
    void linesOfUpTo8190BytesAreRead() throws Exception {
        String value = "v".repeat(8190 - "a = ".length());

        ConfigFile config = conf.readText("[c]\na = " + value + "\nb = 2\n");

        assertThat(config.categories().get(0).variables()).extracting(Variable::value).containsExactly(value, "2");
        assertThat(config.notices()).isEmpty();
    }

    @Test
    void longerLinesAreSkippedWithAWarning() throws Exception {
        String value = "v".repeat(20000);

        ConfigFile config = conf.readText("[c]\na = " + value + "\nb = 2\n");

        assertThat(config.categories().get(0).variables()).extracting(Variable::name).containsExactly("b");
        assertThat(config.notices()).extracting(ConfigNotice::toString)
                .containsExactly(conf.at(2) + ": Line too long, skipping. It begins with: a = " + "v".repeat(28) + "...");
        assertThat(config.categories().get(0).variables().get(0).location().line()).isEqualTo(3);
    }

    @Test
    void onlySpaceTabCrAndLfMakeABlankLine() throws Exception {
        ConfigFile config = conf.readText("[c]\n \t\r\n\u000c\na = 1\n");

        // the form-feed line is not "blank", so it adds no empty comment line
        assertThat(config.categories().get(0).variables().get(0).precomments()).containsExactly("");
    }

    @Test
    void aMissingFileIsMissing() {
        ConfigException e = conf.failure("nope.conf");

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.MISSING);
        assertThat(e.location()).isNull();
        assertThat(e).hasMessage(conf.path("nope.conf") + ": no such file");
    }

    @Test
    void aDirectoryIsMissing() {
        conf.write("dir.conf/inside", "");

        ConfigException e = conf.failure("dir.conf");

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.MISSING);
        assertThat(e).hasMessage(conf.path("dir.conf") + ": not a regular file");
    }

    @Test
    void anAbsoluteTopLevelPathIsUsedAsGiven() throws Exception {
        Path file = conf.write("elsewhere/x.conf", "[x]\n");

        ConfigFile config = new ConfigReader(ConfigReadOptions.in(tmp.resolve("unused"))).read(file);

        assertThat(config.path()).isEqualTo(file);
        assertThat(config.categories()).extracting(Category::name).containsExactly("x");
    }

    @Test
    void textCanBeParsedWithoutAFile() throws Exception {
        conf.write("users.conf", "[u]\n");

        ConfigFile config = new ConfigReader(ConfigReadOptions.in(tmp))
                .parse(Path.of("manager.conf"), "[general]\nenabled = yes\n#include users.conf\n");

        assertThat(config.path()).isEqualTo(conf.path("manager.conf"));
        assertThat(config.categories()).extracting(Category::name).containsExactly("general", "u");
        assertThat(config.categories().get(0).location()).isEqualTo(new Location(conf.path("manager.conf"), 1));
    }

    @Test
    void parsedTextFailsLikeAFile() {
        ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(ConfigException.class,
                () -> new ConfigReader(ConfigReadOptions.in(tmp)).parse(Path.of("manager.conf"), "a = 1\n"));

        assertThat(e).hasMessage(conf.path("manager.conf") + ":1: parse error: No category context");
    }
}
