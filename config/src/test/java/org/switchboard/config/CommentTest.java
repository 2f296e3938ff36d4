package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments: spec 01 §5.1 and the comment handling of config.c config_text_file_load. */
class CommentTest {
    @TempDir
    Path tmp;
    ConfDir conf;

    @BeforeEach
    void setUp() {
        conf = new ConfDir(tmp);
    }

    private Category only(String text) throws ConfigException {
        return conf.readText("[c]\n" + text).categories().get(0);
    }

    @Test
    void semicolonEndsTheValue() throws Exception {
        Category c = only("secret = pw ; the password\n");

        Variable secret = c.variables().get(0);
        assertThat(secret.value()).isEqualTo("pw");
        assertThat(secret.sameLineComment()).isEqualTo(" ; the password");
    }

    @Test
    void twoSpacesBeforeTheCommentAreLeftToTheWriter() throws Exception {
        Category c = only("""
                a = 1  ; two spaces
                b = 2\t; a tab
                c = 3   ; three spaces
                """);

        assertThat(c.variables()).extracting(Variable::sameLineComment)
                .containsExactly("; two spaces", "\t; a tab", " ; three spaces");
    }

    @Test
    void escapedSemicolonIsKeptWithoutItsBackslash() throws Exception {
        Category c = only("""
                a = b\\;c
                d = e\\\\;f
                g = \\;\\;
                """);

        assertThat(c.variables()).extracting(Variable::value, Variable::sameLineComment)
                .containsExactly(tuple("b;c", null), tuple("e\\;f", null), tuple(";;", null));
    }

    @Test
    void commentAndBlankLinesAboveAnItemAreItsPrecomments() throws Exception {
        ConfigFile config = conf.readText("""
                ; users below
                [admin] ; the boss

                ; first
                    ; second, indented
                secret = pw ; inline
                read = all
                """);

        Category admin = config.categories().get(0);
        assertThat(admin.precomments()).containsExactly("; users below");
        assertThat(admin.sameLineComment()).isEqualTo(" ; the boss");
        Variable secret = admin.variables().get(0);
        assertThat(secret.precomments()).containsExactly("", "; first", "    ; second, indented");
        assertThat(secret.sameLineComment()).isEqualTo(" ; inline");
        assertThat(admin.variables().get(1).precomments()).isEmpty();
        assertThat(admin.variables().get(1).sameLineComment()).isNull();
    }

    @Test
    void commentOfALineThatMadeNothingMovesToTheNextItem() throws Exception {
        Category c = only("""
                junk ; about junk
                a = 1
                """);

        assertThat(c.variables().get(0).precomments()).containsExactly(" ; about junk");
    }

    @Test
    void commentsAtTheEndOfTheFileTrailTheLastItem() throws Exception {
        ConfigFile config = conf.readText("""
                [c]
                a = 1
                ; the end

                """);
        ConfigFile headerOnly = conf.readText("""
                [c]
                ; nothing here
                ; really
                """);

        assertThat(config.categories().get(0).variables().get(0).trailingComments()).containsExactly("; the end", "");
        assertThat(headerOnly.categories().get(0).trailingComments()).containsExactly("; nothing here", "; really");
    }

    @Test
    void aSingleCommentOnTheLastLineIsLost() throws Exception {
        // it is still in the same-line buffer at the end, and config.c only attaches the other one
        ConfigFile config = conf.readText("""
                [c]
                a = 1
                ; the end
                """);

        assertThat(config.categories().get(0).variables().get(0).trailingComments()).isEmpty();
    }

    @Test
    void trailingCommentsFollowAPlusEqualsReplacement() throws Exception {
        Category c = only("""
                a = 1
                a +=2
                ; after

                """);

        assertThat(c.variables().get(0).value()).isEqualTo("12");
        assertThat(c.variables().get(0).trailingComments()).containsExactly("; after", "");
    }

    @Test
    void commentsAboveAPlusHeaderAreDropped() throws Exception {
        Category c = conf.readText("""
                [a]
                x = 1
                ; lost with the (+) header
                [a](+)
                y = 2
                """).categories().get(0);

        assertThat(c.precomments()).isEmpty();
        assertThat(c.variables().get(1).precomments()).isEmpty();
    }

    @Test
    void blockCommentSpansLines() throws Exception {
        Category c = only("""
                a = 1 ;-- start of a block
                b = 2
                --; d = 4
                e = 5
                """);

        assertThat(c.variables()).extracting(Variable::name).containsExactly("a", "d", "e");
        // only the lines wholly inside the block are kept as comments
        assertThat(c.variables().get(1).precomments()).containsExactly("b = 2");
    }

    @Test
    void blockCommentsNest() throws Exception {
        Category c = only("""
                ;-- outer
                ;-- inner --;
                hidden = 1
                --;
                shown = 2
                """);

        assertThat(c.variables()).extracting(Variable::name).containsExactly("shown");
        // the line that opens the inner block leaves nothing: it was cut at its first ';'
        assertThat(c.variables().get(0).precomments()).containsExactly("hidden = 1");
    }

    @Test
    void blockCommentInsideOneLineIsCutOut() throws Exception {
        Category c = only("a ;-- note --; = 1\n");

        assertThat(c.variables()).extracting(Variable::name, Variable::value).containsExactly(tuple("a", "1"));
        assertThat(c.variables().get(0).precomments()).containsExactly(";-- note --;");
    }

    @Test
    void tripleDashIsAPlainComment() throws Exception {
        Category c = only("""
                a = 1 ;--- not a block
                b = 2
                """);

        assertThat(c.variables()).extracting(Variable::name).containsExactly("a", "b");
        assertThat(c.variables().get(0).sameLineComment()).isEqualTo(" ;--- not a block");
    }

    @Test
    void blankLinesInsideABlockAreKept() throws Exception {
        Category c = only("""
                ;--

                --;
                a = 1
                """);

        assertThat(c.variables().get(0).precomments()).containsExactly("");
    }

    @Test
    void unterminatedBlockIsOnlyAWarning() throws Exception {
        ConfigFile config = conf.readText("""
                [c]
                ;-- never closed
                a = 1
                """);

        assertThat(config.categories().get(0).variables()).isEmpty();
        assertThat(config.notices()).extracting(ConfigNotice::toString)
                .containsExactly(conf.at(2) + ": Unterminated comment detected beginning on line 2");
    }

    @Test
    void strayBlockEndTurnsTheRestOfTheFileIntoAComment() throws Exception {
        // "--;" outside a block drives the depth below zero in config.c; nothing after it is read
        ConfigFile config = conf.readText("""
                [c]
                a = x --; y ; z
                b = 2
                [d]
                """);

        assertThat(config.categories()).extracting(Category::name).containsExactly("c");
        assertThat(config.categories().get(0).variables()).extracting(Variable::value).containsExactly("x --; y ; z");
        assertThat(config.notices()).extracting(ConfigNotice::severity).containsExactly(ConfigNotice.Severity.WARNING);
    }

    @Test
    void blockCommentDepthDoesNotLeakOutOfAnIncludedFile() throws Exception {
        conf.write("inner.conf", "x = 1\n;-- open\n");
        ConfigFile config = conf.readText("""
                [c]
                #include inner.conf
                y = 2
                """);

        assertThat(config.categories().get(0).variables()).extracting(Variable::name).containsExactly("x", "y");
        assertThat(config.notices()).extracting(ConfigNotice::toString)
                .containsExactly(conf.path("inner.conf") + ":2: Unterminated comment detected beginning on line 2");
    }
}
