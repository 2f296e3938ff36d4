package org.switchboard.pbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;

/** asterisk.conf as main/options.c (load_asterisk_conf) reads it. */
class AsteriskSettingsTest {
    private static final Path CWD = Path.of("/work/here");

    private static AsteriskSettings parse(String text) throws Exception {
        return AsteriskSettings.from(new ConfigReader(ConfigReadOptions.in(Path.of("/nonexistent")))
                .parse(Path.of("asterisk.conf"), text), CWD);
    }

    @Test
    void aTemplateDirectoriesSectionIsNotRead() throws Exception {
        // the stock asterisk.conf.sample: "[directories](!)" is a template, ast_variable_browse skips it
        AsteriskSettings s = parse("[directories](!)\nastdbdir => /var/lib/asterisk\nastrundir => /var/run/asterisk\n"
                + "[options](!)\nsystemname = tmpl\n");
        assertThat(s.dbDir()).isNull();
        assertThat(s.runDir()).isNull();
        assertThat(s.systemName()).isEmpty();
    }

    @Test
    void theSectionAfterATemplateOfTheSameNameIsRead() throws Exception {
        AsteriskSettings s = parse("[directories](!)\nastrundir => /tmpl\n[directories]\nastrundir => run\n");
        assertThat(s.runDir()).isEqualTo(Path.of("/work/here/run"));
    }

    @Test
    void relativeDirectoriesResolveAgainstTheWorkingDirectory() throws Exception {
        AsteriskSettings s = parse("[directories]\nastdbdir => db\nastspooldir => ./spool\nastlogdir => ../log\n"
                + "astrundir => /abs/run\n");
        assertThat(s.dbDir()).isEqualTo(Path.of("/work/here/db"));
        assertThat(s.spoolDir()).isEqualTo(Path.of("/work/here/spool"));
        assertThat(s.logDir()).isEqualTo(Path.of("/work/log"));
        assertThat(s.runDir()).isEqualTo(Path.of("/abs/run"));
    }

    @Test
    void theLastLineOfAKeyWins() throws Exception {
        // options.c assigns while it walks the section
        AsteriskSettings s = parse("[directories]\nastrundir => /one\nastrundir => /two\n"
                + "[options]\nsystemname = a\nsystemname = b\nexecincludes = yes\nexecincludes = no\n");
        assertThat(s.runDir()).isEqualTo(Path.of("/two"));
        assertThat(s.systemName()).isEqualTo("b");
        assertThat(s.execIncludes()).isFalse();
    }

    @Test
    void astdbLivesInAstvarlibdirUnlessAstdbdirIsSet() throws Exception {
        assertThat(parse("[directories]\nastvarlibdir => /varlib\n").dbDir()).isEqualTo(Path.of("/varlib"));
        // astdbdir wins wherever it stands
        assertThat(parse("[directories]\nastdbdir => /db\nastvarlibdir => /varlib\n").dbDir()).isEqualTo(Path.of("/db"));
        assertThat(parse("[directories]\nastvarlibdir => /varlib\nastdbdir => /db\n").dbDir()).isEqualTo(Path.of("/db"));
    }
}
