package org.switchboard.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;
import org.switchboard.config.Variable;
import org.switchboard.protocol.AmiHeaders;

/** The Options and odd corners of manager.c handle_updates. */
class UpdateConfigEditsTest {
    static ConfigFile parse(String text) throws Exception {
        return new ConfigReader(ConfigReadOptions.in(Path.of("/nonexistent"))).parse(Path.of("t.conf"), text);
    }

    static Optional<UpdateConfigEdits.Failure> apply(ConfigFile c, String... lines) {
        return UpdateConfigEdits.apply(AmiHeaders.of(lines), c);
    }

    static List<String> vars(ConfigFile c, String name) {
        Category cat = c.categories().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return cat.variables().stream().map(Variable::toString).toList();
    }

    @Test
    void inheritTakesAQuotedListOfTemplatesOnly() throws Exception {
        ConfigFile c = parse("[t1](!)\na=1\n[t2](!)\nb=2\n[plain]\nc=3\n");
        assertThat(apply(c, "Action-000000: NewCat", "Cat-000000: n", "Options-000000: inherit=\"t1,t2\"")).isEmpty();
        Category n = c.categories().get(3);
        assertThat(n.inheritedTemplates()).containsExactly("t1", "t2");
        assertThat(vars(c, "n")).containsExactly("a = 1", "b = 2");
        // unquoted, the list is cut at the comma: only t1 is inherited
        assertThat(apply(c, "Action-000000: NewCat", "Cat-000000: m", "Options-000000: inherit=t1,t2")).isEmpty();
        assertThat(c.categories().get(4).inheritedTemplates()).containsExactly("t1");
        assertThat(apply(c, "Action-000000: NewCat", "Cat-000000: o", "Options-000000: inherit=plain"))
                .contains(UpdateConfigEdits.Failure.FAILURE_TEMPLATE);
    }

    @Test
    void newCatDuplicatesNeedAllowdupsOrAreSkippedWithIgnoreerror() throws Exception {
        ConfigFile c = parse("[a]\n");
        assertThat(apply(c, "Action-000000: NewCat", "Cat-000000: A")).contains(UpdateConfigEdits.Failure.FAILURE_NEWCAT);
        assertThat(apply(c, "Action-000000: NewCat", "Cat-000000: A", "Options-000000: ignoreerror",
                "Action-000001: NewCat", "Cat-000001: b")).isEmpty();
        assertThat(c.categories()).extracting(Category::name).containsExactly("a", "b");
        assertThat(apply(c, "Action-000000: NewCat", "Cat-000000: a", "Options-000000: allowdups, template")).isEmpty();
        assertThat(c.categories()).extracting(Category::name).containsExactly("a", "b", "a");
        assertThat(c.categories().get(2).isTemplate()).isTrue();
    }

    @Test
    void valueWithGreaterThanIsAnObjectExceptForInsert() throws Exception {
        ConfigFile c = parse("[a]\nx = 1\n");
        assertThat(apply(c,
                "Action-000000: Append", "Cat-000000: a", "Var-000000: o1", "Value-000000: >v",
                "Action-000001: Append", "Cat-000001: a", "Var-000001: o2", "Value-000001: v", "Match-000001: Object",
                "Action-000002: Insert", "Cat-000002: a", "Var-000002: i", "Value-000002: >v", "Line-000002: 0",
                "Action-000003: Update", "Cat-000003: a", "Var-000003: x", "Value-000003: >2")).isEmpty();
        assertThat(vars(c, "a")).containsExactly("i = v", "x => 2", "o1 => v", "o2 => v");
    }

    @Test
    void actionNamesIgnoreCaseAndTheFirstMissingNumberEnds() throws Exception {
        ConfigFile c = parse("[a]\nx = 1\n");
        assertThat(apply(c, "action-000000: dElEtE", "cat-000000: a", "var-000000: x",
                "Action-000002: Frobnicate", "Cat-000002: a")).isEmpty();
        assertThat(vars(c, "a")).isEmpty();
    }

    @Test
    void deleteWithIgnoreerrorAndDelcatWithIgnoreerrorSucceed() throws Exception {
        ConfigFile c = parse("[a]\nx = 1\n");
        assertThat(apply(c, "Action-000000: Delete", "Cat-000000: a", "Var-000000: nosuch", "Options-000000: ignoreerror",
                "Action-000001: DelCat", "Cat-000001: nosuch", "Options-000001: ignoreerror")).isEmpty();
        assertThat(apply(c, "Action-000000: EmptyCat", "Cat-000000: nosuch", "Options-000000: ignoreerror"))
                .as("EmptyCat has no ignoreerror").contains(UpdateConfigEdits.Failure.UNKNOWN_CATEGORY);
    }

    @Test
    void catfilterNarrowsTheCategories() throws Exception {
        ConfigFile c = parse("[u]\ntype=peer\n[u]\ntype=user\n");
        assertThat(apply(c, "Action-000000: Append", "Cat-000000: u", "Var-000000: host", "Value-000000: d",
                "Options-000000: catfilter=\"type=user\"")).isEmpty();
        assertThat(c.categories().get(0).variables()).hasSize(1);
        assertThat(c.categories().get(1).variables()).hasSize(2);
    }
}
