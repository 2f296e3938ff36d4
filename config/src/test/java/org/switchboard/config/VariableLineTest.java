package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code name = value} lines: spec 01 §5.1 and config.c process_text_line. */
class VariableLineTest {
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
    void nameAndValueAreStrippedOfBlanks() throws Exception {
        Category c = only("  key \t=  value with  inner  spaces \t\n");

        assertThat(c.variables()).extracting(Variable::name, Variable::value, Variable::object)
                .containsExactly(tuple("key", "value with  inner  spaces", false));
        assertThat(c.variables().get(0).location()).isEqualTo(new Location(conf.path("test.conf"), 2));
    }

    @Test
    void controlCharactersCountAsBlanks() throws Exception {
        Category c = only("\u000bkey\u0001=\u001fvalue\u0007\n");

        assertThat(c.variables()).extracting(Variable::name, Variable::value).containsExactly(tuple("key", "value"));
    }

    @Test
    void arrowSetsTheObjectFlag() throws Exception {
        Category c = only("""
                exten => 100,1,Answer()
                 same => n,Hangup()
                """);

        assertThat(c.variables()).extracting(Variable::name, Variable::value, Variable::object)
                .containsExactly(tuple("exten", "100,1,Answer()", true), tuple("same", "n,Hangup()", true));
    }

    @Test
    void greaterThanAfterABlankBelongsToTheValue() throws Exception {
        Category c = only("a = > b\n");

        assertThat(c.variables()).extracting(Variable::value, Variable::object).containsExactly(tuple("> b", false));
    }

    @Test
    void nameEndsAtTheFirstEquals() throws Exception {
        Category c = only("""
                eventfilter(name(Foo)) = !Event: Bar
                setvar = A=B=C
                write =
                """);

        assertThat(c.variables()).extracting(Variable::name, Variable::value).containsExactly(
                tuple("eventfilter(name(Foo))", "!Event: Bar"),
                tuple("setvar", "A=B=C"),
                tuple("write", ""));
    }

    @Test
    void plusEqualsAppendsTheRawTextAfterTheEqualsSign() throws Exception {
        // the blanks after "+=" are part of what is appended; only the end is trimmed
        Category c = only("""
                allow = ulaw
                allow +=,alaw
                allow += gsm
                """);

        assertThat(c.variables()).extracting(Variable::value).containsExactly("ulaw,alaw gsm");
    }

    @Test
    void plusEqualsUpdatesTheLastOfSeveral() throws Exception {
        Category c = only("""
                member => one
                member => two
                member +=,more
                """);

        assertThat(c.variables()).extracting(Variable::value, Variable::object, v -> v.location().line())
                .containsExactly(tuple("one", true, 2), tuple("two,more", true, 3));
    }

    @Test
    void plusEqualsRewritesTheFirstVariableWithTheSameNameAndValue() throws Exception {
        // ast_variable_update matches name and old value without case, from the top
        Category c = only("""
                a = x
                a = X
                a +=y
                """);

        assertThat(c.variables()).extracting(Variable::value).containsExactly("Xy", "X");
    }

    @Test
    void plusEqualsOnAnEmptyValueRewritesTheFirstVariableOfThatName() throws Exception {
        Category c = only("""
                a = 1
                a =
                a += z
                """);

        assertThat(c.variables()).extracting(Variable::value).containsExactly("z", "");
    }

    @Test
    void plusEqualsTakesTheNameOfTheVariableItFound() throws Exception {
        Category c = only("""
                A = v
                a = v
                a +=w
                """);

        assertThat(c.variables()).extracting(Variable::name, Variable::value)
                .containsExactly(tuple("a", "vw"), tuple("a", "v"));
    }

    @Test
    void plusEqualsLooksUpTheNameWithCase() throws Exception {
        Category c = only("""
                Allow = ulaw
                allow += alaw
                """);

        assertThat(c.variables()).extracting(Variable::name, Variable::value)
                .containsExactly(tuple("Allow", "ulaw"), tuple("allow", "alaw"));
    }

    @Test
    void plusEqualsWithoutAnEarlierValueIsAnAssignment() throws Exception {
        Category c = only("b +=   5\n");

        assertThat(c.variables()).extracting(Variable::name, Variable::value, Variable::object)
                .containsExactly(tuple("b", "5", false));
    }

    @Test
    void plusEqualsDropsLeadingBlanksOfTheJoinedValue() throws Exception {
        Category c = only("""
                a =
                a +=    x
                """);

        assertThat(c.variables()).extracting(Variable::value).containsExactly("x");
    }

    @Test
    void plusEqualsOnAnInheritedValueReplacesTheCopyOnly() throws Exception {
        ConfigFile config = conf.readText("""
                [t](!)
                a = 1
                [u](t)
                a +=2
                """);

        assertThat(config.category("t").orElseThrow().value("a")).contains("1");
        Variable a = config.category("u").orElseThrow().variables().get(0);
        assertThat(a.value()).isEqualTo("12");
        assertThat(a.inherited()).isFalse();
    }

    @Test
    void leadingBackslashEscapesTheFirstCharacterOfTheName() throws Exception {
        Category c = only("""
                \\[x] = 1
                \\=y = 2
                \\;z = 3
                """);

        assertThat(c.variables()).extracting(Variable::name, Variable::value)
                .containsExactly(tuple("[x]", "1"), tuple("=y", "2"), tuple(";z", "3"));
    }

    @Test
    void backslashBeforeABlankIsAnInvalidEscape() {
        ConfigException e = conf.failureOfText("[c]\n\\ a = 1\n");

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
        assertThat(e).hasMessage(conf.at(2) + ": Invalid escape");
    }

    @Test
    void lineWithoutEqualsIsOnlyAWarning() throws Exception {
        ConfigFile config = conf.readText("""
                [c]
                junk
                a = 1
                """);

        assertThat(config.categories().get(0).value("a")).contains("1");
        assertThat(config.notices()).extracting(ConfigNotice::toString)
                .containsExactly(conf.at(2) + ": No '=' (equal sign)");
        assertThat(config.notices().get(0).severity()).isEqualTo(ConfigNotice.Severity.WARNING);
    }

    @Test
    void emptyNameIsOnlyAWarning() throws Exception {
        ConfigFile config = conf.readText("""
                [c]
                = value
                +=more
                """);

        assertThat(config.categories().get(0).variables()).isEmpty();
        assertThat(config.notices()).extracting(ConfigNotice::toString)
                .containsExactly(conf.at(2) + ": No variable name", conf.at(3) + ": No variable name");
    }

    @Test
    void variableBeforeAnyCategoryMakesTheFileInvalid() {
        ConfigException e = conf.failureOfText("""
                ; no header yet
                enabled = yes
                [general]
                """);

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
        assertThat(e.location()).isEqualTo(new Location(conf.path("test.conf"), 2));
        assertThat(e).hasMessage(conf.at(2) + ": parse error: No category context");
    }

    @Test
    void lineWithoutEqualsBeforeAnyCategoryIsInvalidToo() {
        ConfigException e = conf.failureOfText("junk\n");

        assertThat(e).hasMessage(conf.at(1) + ": parse error: No category context");
    }

    @Test
    void linesAfterTheErrorAreNotRead() {
        ConfigException e = conf.failureOfText("""
                [c]
                [d](nosuch)
                [e
                """);

        // only the first error counts: Asterisk stops at it
        assertThat(e.location().line()).isEqualTo(2);
    }

    @Test
    void lookupsIgnoreAsciiCaseAndKeepOrder() throws Exception {
        Category c = only("""
                EventFilter = one
                eventfilter = two
                """);

        assertThat(c.value("eventfilter")).contains("one");
        assertThat(c.all("EVENTFILTER")).extracting(Variable::value).containsExactly("one", "two");
        assertThat(c.value("missing")).isEmpty();
    }
}
