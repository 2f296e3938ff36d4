package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ConfigWriter against config.c ast_config_text_file_save2 and the edits of ConfigEditor. */
class ConfigWriterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:05:07Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    ConfDir conf;
    ConfigWriter writer;

    @BeforeEach
    void setUp() {
        conf = new ConfDir(tmp);
        writer = new ConfigWriter(tmp, CLOCK);
    }

    String header(String name, Path file) {
        return ";!\n;! Automatically generated configuration file\n;! Filename: " + name + " (" + file + ")\n"
                + ";! Generator: Manager\n;! Creation Date: Mon Nov  2 09:05:07 2026\n;!\n";
    }

    String rewrite(String name) throws Exception {
        ConfigFile c = conf.read(name);
        writer.save(c, name, "Manager", true);
        return Files.readString(conf.path(name), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aRewriteKeepsCommentsBlankLinesAndOrder() throws Exception {
        String body = "; top comment\n[general]\nenabled = yes  ; on\nport => 5038\n\n; the admin\n[admin]\n"
                + "secret = s3cret\nread = all\n\n; the end\n";
        conf.write("manager.conf", body);
        assertThat(rewrite("manager.conf")).isEqualTo(header("manager.conf", conf.path("manager.conf")) + body);
    }

    @Test
    void aRewrittenFileRewritesToItselfApartFromTheHeaderDate() throws Exception {
        conf.write("manager.conf", "[general]\nenabled = yes\n\n[admin]\nsecret = x\n");
        String once = rewrite("manager.conf");
        assertThat(rewrite("manager.conf")).isEqualTo(once);
    }

    @Test
    void aSingleBlankBeforeASameLineCommentBecomesThreeAsInAsterisk() throws Exception {
        conf.write("x.conf", "[a]\nk = v ; note\n");
        assertThat(rewrite("x.conf")).endsWith("[a]\nk = v   ; note\n");
    }

    @Test
    void semicolonsInValuesAreEscapedAndTemplatesWritten() throws Exception {
        conf.write("x.conf", "[tpl](!)\na = 1\nb = 2\n[user](tpl)\nb = 3\nc = x\\;y\n");
        assertThat(rewrite("x.conf")).endsWith("[tpl](!)\na = 1\nb = 2\n[user](tpl)\nb = 3\nc = x\\;y\n");
    }

    @Test
    void preservingTheEffectiveContextWritesInheritedValuesTheTemplateNoLongerHas() throws Exception {
        conf.write("x.conf", "[tpl](!)\na = 1\n[user](tpl)\nc = 4\n");
        ConfigFile c = conf.read("x.conf");
        Category tpl = ConfigEditor.get(c, "tpl", "TEMPLATES=restrict").orElseThrow();
        assertThat(ConfigEditor.updateVariable(tpl, "a", "9", "", false)).isTrue();
        Map<Path, String> kept = writer.render(c, "x.conf", "Manager", true);
        assertThat(kept.get(conf.path("x.conf"))).endsWith("[tpl](!)\na = 9\n[user](tpl)\na = 1\nc = 4\n");
        Map<Path, String> dropped = writer.render(c, "x.conf", "Manager", false);
        assertThat(dropped.get(conf.path("x.conf"))).endsWith("[tpl](!)\na = 9\n[user](tpl)\nc = 4\n");
    }

    @Test
    void anInheritedValueExtendedWithPlusEqualsIsWrittenInItsCategory() throws Exception {
        // fuzz finding C7: "+=" replaces the inherited copy with a variable of the category's own
        // (config.c ast_variable_update), which keeps the template's line number; it was taken for
        // the template's line written a second time and lost
        conf.write("x.conf", "[tpl]\nlist = a\n[user](tpl)\nlist += b\n");
        assertThat(rewrite("x.conf")).endsWith("[tpl]\nlist = a\n[user](tpl)\nlist = a b\n");
    }

    @Test
    void editsChangeOnlyTheirLines() throws Exception {
        conf.write("x.conf", "[general]\n; keep me\nenabled = yes\nport = 5038\n\n[admin]\nsecret = old\nread = all\n");
        ConfigFile c = conf.read("x.conf");
        Category admin = ConfigEditor.browse(c, "admin", "").get(0);
        ConfigEditor.updateVariable(admin, "SECRET", "new", "old", false);
        ConfigEditor.appendVariable(admin, "write", "all", false);
        ConfigEditor.insertVariable(admin, "deny", "0.0.0.0/0", "0");
        Category general = ConfigEditor.browse(c, "general", "").get(0);
        ConfigEditor.deleteVariable(general, "port", "", "");
        Category bob = ConfigEditor.newCategory("bob", false);
        ConfigEditor.appendVariable(bob, "secret", "b", false);
        ConfigEditor.append(c, bob);
        writer.save(c, "x.conf", "Manager", true);
        assertThat(Files.readString(conf.path("x.conf"))).isEqualTo(header("x.conf", conf.path("x.conf"))
                // the deleted line comes back blank, as Asterisk's line-number gap rule does it
                + "[general]\n; keep me\nenabled = yes\n\n\n[admin]\ndeny = 0.0.0.0/0\nSECRET = new\nread = all\nwrite = all\n"
                + "[bob]\nsecret = b\n");
    }

    @Test
    void includesAreWrittenBackAndIncludedFilesRewritten() throws Exception {
        conf.write("users.inc", "[bob]\nsecret = b\n");
        conf.write("main.conf", "[general]\nx = 1\n\n; users\n#include \"users.inc\"\n\n[last]\ny = 2\n");
        ConfigFile c = conf.read("main.conf");
        ConfigEditor.updateVariable(ConfigEditor.browse(c, "bob", "").get(0), "secret", "changed", "", false);
        writer.save(c, "main.conf", "Manager", true);
        assertThat(Files.readString(conf.path("main.conf"))).isEqualTo(header("main.conf", conf.path("main.conf"))
                + "[general]\nx = 1\n\n; users\n#include \"users.inc\"\n\n[last]\ny = 2\n");
        assertThat(Files.readString(conf.path("users.inc"))).isEqualTo(header("main.conf", conf.path("users.inc"))
                + "[bob]\nsecret = changed\n");
    }

    @Test
    void anIncludeAtTheEndKeepsItsTrailingComments() throws Exception {
        conf.write("other.inc", "");
        // (a comment alone on the very last line is not kept by the reader, as in Asterisk)
        conf.write("main.conf", "[a]\nx = 1\n#tryinclude <other.inc>\n; bye\n; really\n");
        assertThat(rewrite("main.conf")).endsWith("[a]\nx = 1\n#tryinclude \"other.inc\"\n; bye\n; really\n");
    }

    @Test
    void savingUnderAnotherNameWritesTheTopLevelItemsThere() throws Exception {
        conf.write("src.conf", "[a]\nx = 1\n");
        ConfigFile c = conf.read("src.conf");
        writer.save(c, "dst.conf", "Manager", true);
        assertThat(Files.readString(conf.path("dst.conf"))).isEqualTo(header("dst.conf", conf.path("dst.conf")) + "[a]\nx = 1\n");
        assertThat(Files.readString(conf.path("src.conf"))).isEqualTo("[a]\nx = 1\n");
    }

    @Test
    void theReplacedFileKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws Exception {
        Path file = conf.write("x.conf", "[a]\nx = 1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        rewrite("x.conf");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.conf");
        }
    }

    @Test
    void aSymbolicLinkStaysALink() throws Exception {
        Path real = conf.write("real/x.conf", "[a]\nx = 1\n");
        Path link = tmp.resolve("x.conf");
        Files.createSymbolicLink(link, real);
        rewrite("x.conf");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).endsWith("[a]\nx = 1\n");
    }

    @Test
    void largeGapsBecomeOneBlankLineSmallOnesStay() throws Exception {
        conf.write("x.conf", "[a]\n;--\nblock\n--;\nx = 1\n");
        // the ;-- and --; lines are not kept: their two lines come back blank
        assertThat(rewrite("x.conf")).endsWith("[a]\n\n\nblock\nx = 1\n");
    }
}
