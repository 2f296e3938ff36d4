package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** ConfigEditor against config.c's ast_category_* and ast_variable_* functions. */
class ConfigEditorTest {
    static ConfigFile parse(String text) throws Exception {
        return new ConfigReader(ConfigReadOptions.in(Path.of("/nonexistent"))).parse(Path.of("t.conf"), text);
    }

    static List<String> vars(Category c) {
        return c.variables().stream().map(Variable::toString).toList();
    }

    @Test
    void browseSkipsTemplatesUnlessTheFilterAsks() throws Exception {
        ConfigFile c = parse("[t](!)\ntype=x\n[a](t)\n[b]\ntype=y\n[A]\n");
        assertThat(ConfigEditor.browse(c, "", "")).extracting(Category::name).containsExactly("a", "b", "A");
        assertThat(ConfigEditor.browse(c, "a", "")).extracting(Category::name).containsExactly("a", "A");
        assertThat(ConfigEditor.browse(c, "", "TEMPLATES=include")).extracting(Category::name).containsExactly("t", "a", "b", "A");
        assertThat(ConfigEditor.browse(c, "", "TEMPLATES=restrict")).extracting(Category::name).containsExactly("t");
        assertThat(ConfigEditor.browse(c, "", "type=^y$")).extracting(Category::name).containsExactly("b");
        assertThat(ConfigEditor.browse(c, "", "type=x")).as("a inherited type=x").extracting(Category::name).containsExactly("a");
    }

    @Test
    void updateReplacesTheFirstMatchOnlyAndTakesTheGivenName() throws Exception {
        ConfigFile c = parse("[a]\nk = 1\nK = 2\nk = 3\n");
        Category a = c.categories().get(0);
        assertThat(ConfigEditor.updateVariable(a, "K", "x", "2", false)).isTrue();
        assertThat(vars(a)).containsExactly("k = 1", "K = x", "k = 3");
        assertThat(ConfigEditor.updateVariable(a, "k", "y", "", true)).isTrue();
        assertThat(vars(a)).containsExactly("k => y", "K = x", "k = 3");
        assertThat(ConfigEditor.updateVariable(a, "nope", "y", "", false)).isFalse();
    }

    @Test
    void deleteByNameRemovesEveryMatchAndByLineOnlyThatOne() throws Exception {
        ConfigFile c = parse("[a]\nk = 1\nj = 2\nk = 3\nk = 4\n");
        Category a = c.categories().get(0);
        assertThat(ConfigEditor.deleteVariable(a, "k", "3", "")).isTrue();
        assertThat(vars(a)).containsExactly("k = 1", "j = 2", "k = 4");
        assertThat(ConfigEditor.deleteVariable(a, "ignored", "", " 1")).isTrue();
        assertThat(vars(a)).containsExactly("k = 1", "k = 4");
        assertThat(ConfigEditor.deleteVariable(a, "k", "", "-1")).isFalse();
        assertThat(ConfigEditor.deleteVariable(a, "k", "", "x")).isFalse();
        assertThat(ConfigEditor.deleteVariable(a, "k", "", "")).isTrue();
        assertThat(a.variables()).isEmpty();
    }

    @Test
    void insertPositionsFollowAstVariableInsert() throws Exception {
        ConfigFile c = parse("[a]\nx = 0\ny = 1\nz = 2\n");
        Category a = c.categories().get(0);
        ConfigEditor.insertVariable(a, "first", "v", "0");
        ConfigEditor.insertVariable(a, "second", "v", "-5");
        ConfigEditor.insertVariable(a, "third", "v", "2");
        ConfigEditor.insertVariable(a, "last", "v", "99");
        ConfigEditor.insertVariable(a, "none", "v", "abc");
        assertThat(vars(a)).containsExactly("first = v", "second = v", "third = v", "x = 0", "y = 1", "z = 2", "last = v");
        Category empty = ConfigEditor.newCategory("e", false);
        ConfigEditor.insertVariable(empty, "only", "v", "3");
        assertThat(vars(empty)).containsExactly("only = v");
    }

    @Test
    void newCategoriesInheritAndInsertBeforeAMatch() throws Exception {
        ConfigFile c = parse("[tpl](!)\na = 1\n[x]\n[y]\n");
        Category n = ConfigEditor.newCategory("n", false);
        ConfigEditor.inherit(n, ConfigEditor.get(c, "tpl", "TEMPLATES=restrict").orElseThrow());
        assertThat(ConfigEditor.insertBefore(c, n, "Y")).isTrue();
        assertThat(c.categories()).extracting(Category::name).containsExactly("tpl", "x", "n", "y");
        assertThat(n.inheritedTemplates()).containsExactly("tpl");
        assertThat(n.variables()).extracting(Variable::inherited).containsExactly(true);
        assertThat(ConfigEditor.insertBefore(c, ConfigEditor.newCategory("m", false), "nosuch")).isFalse();
    }

    @Test
    void renameCutsTheNameTo79BytesAndEmptyKeepsTheHeader() throws Exception {
        ConfigFile c = parse("[tpl](!)\na = 1\n[x](tpl)\nb = 2\n");
        Category x = c.categories().get(1);
        ConfigEditor.rename(x, "n".repeat(100));
        assertThat(x.name()).hasSize(79);
        ConfigEditor.empty(x);
        assertThat(x.variables()).isEmpty();
        assertThat(x.inheritedTemplates()).containsExactly("tpl");
        ConfigEditor.delete(c, x);
        assertThat(c.categories()).hasSize(1);
    }

    @Test
    void strsepSplitsOutsideQuotesAndStrips() {
        assertThat(ConfigEditor.strsep("allowdups, template ,inherit=\"a,b\"", ',')).containsExactly("allowdups", "template", "inherit=\"a,b\"");
        assertThat(ConfigEditor.strsep("inherit=\"a,b\"", '=')).containsExactly("inherit", "a,b");
    }
}
