package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code #include} and {@code #tryinclude}: spec 01 §5.1, config.c process_text_line and ast_include_new. */
class IncludeTest {
    @TempDir
    Path tmp;
    ConfDir conf;

    @BeforeEach
    void setUp() {
        conf = new ConfDir(tmp);
    }

    @Test
    void quotedAngledAndBareNamesAreIncluded() throws Exception {
        conf.write("q.conf", "[quoted]\n");
        conf.write("a.conf", "[angled]\n");
        conf.write("b.conf", "[bare]\n");

        ConfigFile config = conf.readText("""
                #include "q.conf"
                #include <a.conf>
                #INCLUDE   b.conf
                """);

        assertThat(config.categories()).extracting(Category::name).containsExactly("quoted", "angled", "bare");
        assertThat(config.includes()).extracting(Include::kind, Include::argument).containsExactly(
                tuple(Include.Kind.INCLUDE, "q.conf"), tuple(Include.Kind.INCLUDE, "a.conf"),
                tuple(Include.Kind.INCLUDE, "b.conf"));
    }

    @Test
    void includedVariablesContinueTheCurrentCategory() throws Exception {
        conf.write("more.conf", "x = 9\n");

        ConfigFile config = conf.readText("""
                [c]
                a = 1
                #include more.conf
                b = 2
                """);

        Category c = config.categories().get(0);
        assertThat(c.variables()).extracting(Variable::name).containsExactly("a", "x", "b");
        assertThat(c.variables().get(1).location()).isEqualTo(new Location(conf.path("more.conf"), 1));
    }

    @Test
    void afterAnIncludeTheIncluderKeepsItsOwnCategory() throws Exception {
        conf.write("other.conf", "[d]\nx = 1\n");

        ConfigFile config = conf.readText("""
                [c]
                a = 1
                #include other.conf
                b = 2
                """);

        assertThat(config.category("c").orElseThrow().variables()).extracting(Variable::name).containsExactly("a", "b");
        assertThat(config.category("d").orElseThrow().variables()).extracting(Variable::name).containsExactly("x");
    }

    @Test
    void anIncludedFileStartsInTheLastCategoryCreatedAnywhere() throws Exception {
        // cfg->current moved to [b] inside one.conf, so two.conf's lines go there
        conf.write("one.conf", "[b]\n");
        conf.write("two.conf", "y = 1\n");

        ConfigFile config = conf.readText("""
                [a]
                #include one.conf
                #include two.conf
                """);

        assertThat(config.category("b").orElseThrow().value("y")).contains("1");
        assertThat(config.category("a").orElseThrow().variables()).isEmpty();
    }

    @Test
    void relativeNamesResolveAgainstTheConfigDirectoryNotTheIncluder() throws Exception {
        conf.write("sub/first.conf", "#include second.conf\n");
        conf.write("second.conf", "[top]\n");
        conf.write("sub/second.conf", "[nested]\n");

        ConfigFile config = conf.readText("#include sub/first.conf\n");

        assertThat(config.categories()).extracting(Category::name).containsExactly("top");
    }

    @Test
    void absoluteNamesAreUsedAsWritten() throws Exception {
        Path elsewhere = conf.write("elsewhere/abs.conf", "[abs]\n");

        ConfigFile config = conf.readText("#include " + elsewhere + "\n");

        assertThat(config.categories()).extracting(Category::name).containsExactly("abs");
        assertThat(config.includes().get(0).files()).containsExactly(elsewhere);
    }

    @Test
    void missingIncludeMakesTheIncluderInvalid() {
        ConfigException e = conf.failureOfText("""
                [c]
                #include nope.conf
                """);

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
        assertThat(e).hasMessage(conf.at(2) + ": The file 'nope.conf' was listed as a #include but it does not exist.");
    }

    @Test
    void missingTryincludeIsFine() throws Exception {
        ConfigFile config = conf.readText("""
                [c]
                #tryinclude nope.conf
                a = 1
                """);

        assertThat(config.categories().get(0).value("a")).contains("1");
        assertThat(config.includes()).singleElement().satisfies(include -> {
            assertThat(include.kind()).isEqualTo(Include.Kind.TRYINCLUDE);
            assertThat(include.files()).isEmpty();
        });
        assertThat(config.notices()).isEmpty();
    }

    @Test
    void wildcardsReadEveryMatchInNameOrder() throws Exception {
        conf.write("conf.d/b.conf", "[b]\n");
        conf.write("conf.d/a.conf", "[a]\n");
        conf.write("conf.d/notes.txt", "[txt]\n");
        conf.write("conf.d/.hidden.conf", "[hidden]\n");

        ConfigFile config = conf.readText("#include conf.d/*.conf\n");

        assertThat(config.categories()).extracting(Category::name).containsExactly("a", "b");
        assertThat(config.includes().get(0).files())
                .containsExactly(conf.path("conf.d/a.conf"), conf.path("conf.d/b.conf"));
    }

    @Test
    void filesOfOneWildcardShareTheCurrentCategory() throws Exception {
        conf.write("conf.d/1.conf", "[first]\na = 1\n");
        conf.write("conf.d/2.conf", "b = 2\n");

        ConfigFile config = conf.readText("#include conf.d/*.conf\n");

        assertThat(config.category("first").orElseThrow().variables()).extracting(Variable::name)
                .containsExactly("a", "b");
        assertThat(config.category("first").orElseThrow().variables().get(1).location())
                .isEqualTo(new Location(conf.path("conf.d/2.conf"), 1));
    }

    @Test
    void braceAlternativesAreReadInTheirOrder() throws Exception {
        conf.write("y.conf", "[y]\n");
        conf.write("x.conf", "[x]\n");

        ConfigFile config = conf.readText("#include {y,nope,x}.conf\n");

        assertThat(config.categories()).extracting(Category::name).containsExactly("y", "x");
    }

    @Test
    void wildcardMatchingNothingIsAMissingInclude() throws Exception {
        conf.write("conf.d/readme.txt", "");

        ConfigException e = conf.failureOfText("#include conf.d/*.conf\n");
        ConfigFile tried = conf.readText("#tryinclude conf.d/*.conf\n");

        assertThat(e).hasMessage(conf.at(1) + ": The file 'conf.d/*.conf' was listed as a #include but it does not exist.");
        assertThat(tried.includes().get(0).files()).isEmpty();
    }

    @Test
    void aDirectoryIsNotIncluded() {
        conf.write("dir.conf/inside", "");

        ConfigException e = conf.failureOfText("#include dir.conf\n");

        assertThat(e).hasMessage(conf.at(1) + ": The file 'dir.conf' was listed as a #include but it does not exist.");
    }

    @Test
    void anErrorInsideAnIncludedFileOnlyStopsThatFile() throws Exception {
        // config.c only treats a NULL (missing) include as failure, not CONFIG_STATUS_FILEINVALID
        conf.write("bad.conf", "x = 1\n[broken\ny = 2\n");

        ConfigFile config = conf.readText("""
                [c]
                #include bad.conf
                after = 1
                """);

        assertThat(config.categories().get(0).variables()).extracting(Variable::name).containsExactly("x", "after");
        assertThat(config.notices()).extracting(ConfigNotice::toString)
                .containsExactly(conf.path("bad.conf") + ":2: parse error: no closing ']'");
    }

    @Test
    void includesNestAtMostTenDeep() throws Exception {
        for (int i = 0; i <= 11; i++) {
            conf.write("f" + i + ".conf", "[c" + i + "]\nv = " + i + "\n#include f" + (i + 1) + ".conf\nafter = " + i + "\n");
        }

        ConfigFile config = conf.read("f0.conf");

        // f0 is level 1; f10 is level 11 and may not include any further
        assertThat(config.categories()).extracting(Category::name)
                .containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10");
        assertThat(config.category("c10").orElseThrow().variables()).extracting(Variable::name).containsExactly("v");
        assertThat(config.category("c9").orElseThrow().variables()).extracting(Variable::name)
                .containsExactly("v", "after");
        Path f10 = conf.path("f10.conf");
        assertThat(config.notices()).extracting(ConfigNotice::toString).containsExactly(
                f10 + ":3: Maximum Include level (10) exceeded",
                f10 + ":3: The file 'f11.conf' was listed as a #include but it does not exist.");
    }

    @Test
    void aFileIncludingItselfStopsAtTheDepthLimit() throws Exception {
        conf.write("loop.conf", """
                [c]
                x = 1
                #include loop.conf
                y = 2
                """);

        ConfigFile config = conf.read("loop.conf");

        assertThat(config.categories("c")).hasSize(11);
        assertThat(config.categories("c").get(0).variables()).extracting(Variable::name).containsExactly("x", "y");
        assertThat(config.categories("c").get(10).variables()).extracting(Variable::name).containsExactly("x");
        assertThat(config.includes()).hasSize(11);
        assertThat(config.includes()).extracting(Include::savedName).startsWith("loop.conf", "loop.conf~~1", "loop.conf~~2");
    }

    @Test
    void includingTheSameNameTwiceWarnsAndRenamesTheCopy() throws Exception {
        conf.write("twice.conf", "n = 1\n");

        ConfigFile config = conf.readText("""
                [c]
                #include twice.conf
                #include "twice.conf"
                """);

        assertThat(config.categories().get(0).all("n")).hasSize(2);
        assertThat(config.includes()).extracting(Include::savedName).containsExactly("twice.conf", "twice.conf~~1");
        assertThat(config.notices()).extracting(ConfigNotice::toString).containsExactly(conf.at(3)
                + ": Same File included more than once! This data will be saved in twice.conf~~1 if saved back to disk.");
    }

    @Test
    void includeKeepsItsLineAndComments() throws Exception {
        conf.write("users.conf", "[u]\n");

        ConfigFile config = conf.readText("""
                [general]
                ; the users
                #include users.conf ; see there
                ; end of file
                ; really
                """);

        Include include = config.includes().get(0);
        assertThat(include.location()).isEqualTo(new Location(conf.path("test.conf"), 3));
        assertThat(include.files()).containsExactly(conf.path("users.conf"));
        assertThat(include.precomments()).containsExactly("; the users");
        assertThat(include.sameLineComment()).isEqualTo(" ; see there");
        assertThat(include.trailingComments()).containsExactly("; end of file", "; really");
    }

    @Test
    void unknownDirectiveOrMissingArgumentIsOnlyAWarning() throws Exception {
        ConfigFile config = conf.readText("""
                [c]
                #define x y
                #include
                #tryinclude \s
                a = 1
                """);

        assertThat(config.categories().get(0).value("a")).contains("1");
        assertThat(config.includes()).isEmpty();
        assertThat(config.notices()).extracting(ConfigNotice::toString).containsExactly(
                conf.at(2) + ": Unknown directive '#define'",
                conf.at(3) + ": Directive '#include' needs an argument (filename)",
                conf.at(4) + ": Directive '#tryinclude' needs an argument (filename)");
    }

    @Test
    void directiveWordEndsAtAByteFrom0x80Up() throws Exception {
        // C's signed char sees such a byte as negative, so "*c > 32" stops there and it is overwritten
        conf.write("x.conf", "[x]\n");

        ConfigFile config = conf.readText("#include\u00e9x.conf\n");

        assertThat(config.categories()).extracting(Category::name).containsExactly("x");
    }

    @Test
    void semicolonEndsTheIncludeName() throws Exception {
        conf.write("a", "[a]\n");

        ConfigFile config = conf.readText("#include a;b.conf\n");

        assertThat(config.categories()).extracting(Category::name).containsExactly("a");
    }
}
