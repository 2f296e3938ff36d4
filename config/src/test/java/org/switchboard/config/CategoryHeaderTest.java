package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [name]} headers: spec 01 §5.1 and config.c process_text_line. */
class CategoryHeaderTest {
    @TempDir
    Path tmp;
    ConfDir conf;

    @BeforeEach
    void setUp() {
        conf = new ConfDir(tmp);
    }

    @Test
    void sectionStartsCategoryAndKnowsItsLine() throws Exception {
        ConfigFile config = conf.readText("""
                ; manager
                [general]
                enabled = yes
                """);

        assertThat(config.categories()).extracting(Category::name).containsExactly("general");
        Category general = config.category("general").orElseThrow();
        assertThat(general.location()).isEqualTo(new Location(conf.path("test.conf"), 2));
        assertThat(general.isTemplate()).isFalse();
        assertThat(general.value("enabled")).contains("yes");
    }

    @Test
    void nameIsTakenBetweenBracketsWithoutTrimming() throws Exception {
        ConfigFile config = conf.readText("[ spaced ]\n");

        assertThat(config.categories()).extracting(Category::name).containsExactly(" spaced ");
    }

    @Test
    void textAfterTheClosingBracketIsIgnored() throws Exception {
        ConfigFile config = conf.readText("[foo] junk\n[bar] (!)\n");

        assertThat(config.categories()).extracting(Category::name).containsExactly("foo", "bar");
        // the list only counts when '(' follows ']' at once
        assertThat(config.category("bar").orElseThrow().isTemplate()).isFalse();
    }

    @Test
    void nameIsCutTo79Bytes() throws Exception {
        String longName = "n".repeat(100);

        ConfigFile config = conf.readText("[" + longName + "]\n");

        assertThat(config.categories().get(0).name()).isEqualTo("n".repeat(79));
    }

    @Test
    void bangDeclaresTemplate() throws Exception {
        ConfigFile config = conf.readText("""
                [tpl](!)
                read = all
                """);

        Category tpl = config.categories().get(0);
        assertThat(tpl.isTemplate()).isTrue();
        assertThat(tpl.inheritedTemplates()).isEmpty();
    }

    @Test
    void inheritanceCopiesTheTemplateVariablesFirst() throws Exception {
        ConfigFile config = conf.readText("""
                [tpl](!)
                read = all
                write = call
                [user](tpl)
                secret = pw
                """);

        Category user = config.category("user").orElseThrow();
        assertThat(user.variables()).extracting(Variable::name).containsExactly("read", "write", "secret");
        assertThat(user.variables()).extracting(Variable::inherited).containsExactly(true, true, false);
        assertThat(user.inheritedTemplates()).containsExactly("tpl");
        assertThat(user.isTemplate()).isFalse();
        // a copy keeps the template's line, not the header's
        assertThat(user.variables().get(0).location().line()).isEqualTo(2);
    }

    @Test
    void severalTemplatesAreCopiedInListOrder() throws Exception {
        ConfigFile config = conf.readText("""
                [t1](!)
                a = 1
                [t2](!)
                b = 2
                [user](t2,t1)
                c = 3
                """);

        Category user = config.category("user").orElseThrow();
        assertThat(user.variables()).extracting(Variable::name).containsExactly("b", "a", "c");
        assertThat(user.inheritedTemplates()).containsExactly("t2", "t1");
    }

    @Test
    void inheritanceAcceptsOrdinaryCategoriesAndRecordsTheirOwnSpelling() throws Exception {
        ConfigFile config = conf.readText("""
                [Base]
                x = 1
                [child](base)
                """);

        Category child = config.category("child").orElseThrow();
        assertThat(child.value("x")).contains("1");
        assertThat(child.inheritedTemplates()).containsExactly("Base");
    }

    @Test
    void inheritanceUsesTheFirstCategoryOfThatName() throws Exception {
        ConfigFile config = conf.readText("""
                [tpl](!)
                v = first
                [tpl](!)
                v = second
                [user](tpl)
                """);

        assertThat(config.category("user").orElseThrow().value("v")).contains("first");
    }

    @Test
    void templateMarkAndInheritanceCombine() throws Exception {
        ConfigFile config = conf.readText("""
                [base](!)
                a = 1
                [derived](!,base)
                b = 2
                [user](derived)
                """);

        Category derived = config.category("derived").orElseThrow();
        assertThat(derived.isTemplate()).isTrue();
        assertThat(derived.inheritedTemplates()).containsExactly("base");
        assertThat(config.category("user").orElseThrow().variables())
                .extracting(Variable::name).containsExactly("a", "b");
    }

    @Test
    void unknownTemplateMakesTheFileInvalid() {
        ConfigException e = conf.failureOfText("""
                [general]
                [user](nosuch)
                """);

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
        assertThat(e.location()).isEqualTo(new Location(conf.path("test.conf"), 2));
        assertThat(e).hasMessage(conf.at(2) + ": Inheritance requested, but category 'nosuch' does not exist");
    }

    @Test
    void listItemsAreNotTrimmed() {
        ConfigException e = conf.failureOfText("""
                [tpl](!)
                [user](!, tpl)
                """);

        assertThat(e).hasMessage(conf.at(2) + ": Inheritance requested, but category ' tpl' does not exist");
    }

    @Test
    void emptyListInheritsTheFirstCategoryOfTheFile() throws Exception {
        // "()" holds one empty name, and an empty name matches any category (does_category_match)
        ConfigFile config = conf.readText("""
                [first]
                q = 1
                [second]()
                """);

        Category second = config.category("second").orElseThrow();
        assertThat(second.value("q")).contains("1");
        assertThat(second.inheritedTemplates()).containsExactly("first");
    }

    @Test
    void plusContinuesTheExistingCategory() throws Exception {
        ConfigFile config = conf.readText("""
                [a]
                x = 1
                [b]
                y = 1
                [a](+)
                z = 2
                """);

        assertThat(config.categories()).extracting(Category::name).containsExactly("a", "b");
        assertThat(config.category("a").orElseThrow().variables())
                .extracting(Variable::name).containsExactly("x", "z");
        assertThat(config.category("a").orElseThrow().location().line()).isEqualTo(1);
    }

    @Test
    void plusWithoutThatCategoryMakesTheFileInvalid() {
        ConfigException e = conf.failureOfText("""
                [b]
                [a](+)
                """);

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
        assertThat(e).hasMessage(conf.at(2) + ": Category addition requested, but category 'a' does not exist");
    }

    @Test
    void plusNeverContinuesATemplate() {
        ConfigException e = conf.failureOfText("""
                [t](!)
                [t](+)
                """);

        assertThat(e).hasMessage(conf.at(2) + ": Category addition requested, but category 't' does not exist");
    }

    @Test
    void plusAppliesToTheFirstCategoryOfThatName() throws Exception {
        ConfigFile config = conf.readText("""
                [u]
                n = 1
                [u]
                n = 2
                [u](+)
                n = 3
                """);

        assertThat(config.categories("u")).hasSize(2);
        assertThat(config.categories("u").get(0).all("n")).extracting(Variable::value).containsExactly("1", "3");
    }

    @Test
    void plusWithAFilterPicksTheMatchingCategory() throws Exception {
        ConfigFile config = conf.readText("""
                [u]
                type = peer
                [u]
                type = user
                [u](+type=user)
                extra = 1
                """);

        assertThat(config.categories("u").get(0).value("extra")).isEmpty();
        assertThat(config.categories("u").get(1).value("extra")).contains("1");
    }

    @Test
    void bangWithPlusMarksTheExistingCategory() throws Exception {
        ConfigFile config = conf.readText("""
                [a]
                [b]
                [a](+,!)
                [b](!,+)
                """);

        assertThat(config.categories()).extracting(Category::isTemplate).containsExactly(true, true);
    }

    @Test
    void templatesBeforePlusAreMovedInWithoutTheirName() throws Exception {
        ConfigFile config = conf.readText("""
                [tpl](!)
                k = v
                [a]
                x = 1
                [a](tpl,+)
                [b]
                [b](+,tpl)
                """);

        Category a = config.category("a").orElseThrow();
        assertThat(a.variables()).extracting(Variable::name).containsExactly("x", "k");
        assertThat(a.inheritedTemplates()).isEmpty();
        Category b = config.category("b").orElseThrow();
        assertThat(b.variables()).extracting(Variable::name).containsExactly("k");
        assertThat(b.inheritedTemplates()).containsExactly("tpl");
    }

    @Test
    void categoryInheritingFromItselfGetsItsVariablesOnce() throws Exception {
        // Asterisk loops forever here; we copy what is there when the header is read
        ConfigFile config = conf.readText("""
                [a]
                x = 1
                [a](+,a)
                """);

        assertThat(config.category("a").orElseThrow().variables())
                .extracting(Variable::name, Variable::inherited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x", false), org.assertj.core.groups.Tuple.tuple("x", true));
    }

    @Test
    void duplicateNamesAreBothKept() throws Exception {
        ConfigFile config = conf.readText("""
                [user]
                secret = one
                [other]
                [USER]
                secret = two
                """);

        assertThat(config.categories()).hasSize(3);
        assertThat(config.categories("user")).extracting(c -> c.value("secret").orElseThrow())
                .containsExactly("one", "two");
        assertThat(config.category("User").orElseThrow().value("secret")).contains("one");
    }

    @Test
    void namesCompareWithoutAsciiCaseOnly() throws Exception {
        ConfigFile config = conf.readText("[Caf\u00c9]\n");

        assertThat(config.category("CAF\u00c9")).isPresent();
        assertThat(config.category("caf\u00e9")).isEmpty();
    }

    @Test
    void missingClosingBracketMakesTheFileInvalid() {
        ConfigException e = conf.failureOfText("""
                [general]
                enabled = yes
                [admin
                """);

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
        assertThat(e).hasMessage(conf.at(3) + ": parse error: no closing ']'");
    }

    @Test
    void missingClosingParenthesisMakesTheFileInvalid() {
        ConfigException e = conf.failureOfText("[x](!\n");

        assertThat(e).hasMessage(conf.at(1) + ": parse error: no closing ')'");
    }

    @Test
    void sectionSkipsTemplatesAsAstVariableBrowseDoes() throws Exception {
        ConfigFile config = conf.readText("""
                [general](!)
                a = tpl
                [general]
                a = real
                [only](!)
                b = 1
                """);

        assertThat(config.section("GENERAL").orElseThrow().value("a")).contains("real");
        assertThat(config.section("only")).isEmpty();
        // category() still finds the template: UpdateConfig and GetConfig see every category
        assertThat(config.category("only")).isPresent();
    }
}
