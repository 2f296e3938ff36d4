package org.switchboard.pbx.dialplan.func;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.dialplan.LogCapture;
import org.switchboard.pbx.dialplan.TestRuntime;
import org.switchboard.pbx.dialplan.eval.DialplanRuntime;
import org.switchboard.pbx.dialplan.eval.EvalContext;

/**
 * The channel-free functions, each expectation taken from the funcs/*.c code path named in the
 * comment (or the example in its documentation). The clock stands at 2023-11-14T22:13:20Z, a
 * Tuesday; the system zone is UTC.
 */
class FunctionsTest {
    private DialplanRuntime runtime;
    private TestRuntime.Channel channel;
    private EvalContext ctx;

    @BeforeEach
    void setUp() {
        runtime = TestRuntime.create(ZoneOffset.UTC);
        channel = new TestRuntime.Channel();
        ctx = new EvalContext(runtime, channel);
        channel.set("LIST", "a,b,c");
        channel.set("DASHED", "ex-amp-le");
        channel.set("AB", "aabbc");
        channel.set("ABCAB", "abcab");
        channel.set("DIGITS", "123");
        channel.set("FIVE", "5");
        channel.set("INDIRECT", "${DEEP}");
        channel.set("DEEP", "deep");
    }

    static Stream<Arguments> reads() {
        return Stream.of(
                // func_strings.c len / func_logic.c isnull, exists
                Arguments.of("${LEN(abc)}", "3"),
                Arguments.of("${LEN()}", "0"),
                Arguments.of("${ISNULL()}", "1"),
                Arguments.of("${ISNULL(x)}", "0"),
                Arguments.of("${EXISTS(x)}", "1"),
                // func_logic.c acf_if: '?' then ':' with the argument rules, pbx_checkcondition on the stripped expression
                Arguments.of("${IF($[1=1]?yes:no)}", "yes"),
                Arguments.of("${IF(0?yes:no)}", "no"),
                Arguments.of("${IF( 0 ?yes:no)}", "no"),
                Arguments.of("${IF(abc?yes:no)}", "yes"),
                Arguments.of("${IF(1?\"a,b\":c)}", "a,b"),
                Arguments.of("${IF(1?a)}", "a"),
                Arguments.of("${IF(0?a)}", ""),
                Arguments.of("${IF(?a:b)}", ""),
                // func_logic.c iftime against the clock (Tuesday 22:13 UTC)
                Arguments.of("${IFTIME(22:00-23:00,tue,*,*?in:out)}", "in"),
                Arguments.of("${IFTIME(9:00-17:00?in:out)}", "out"),
                Arguments.of("${IFTIME(*,*,*,*?\"x\":\"y\")}", "x"),
                // func_strings.c quote, csv_quote, toupper, tolower, keypadhash (documented example), passthru
                Arguments.of("${QUOTE(a\"b\\c)}", "\"a\\\"b\\\\c\""),
                Arguments.of("${QUOTE()}", "\"\""),
                Arguments.of("${CSV_QUOTE(a\"b)}", "\"a\"\"b\""),
                Arguments.of("${TOUPPER(abc1é)}", "ABC1é"),
                Arguments.of("${TOLOWER(ABC1)}", "abc1"),
                Arguments.of("${KEYPADHASH(Les)}", "537"),
                Arguments.of("${PASSTHRU(a,b)}", "a,b"),
                // filter: ranges, hex escapes, raw arguments
                Arguments.of("${FILTER(0-9,a1b2c3)}", "123"),
                Arguments.of("${FILTER(a-c\\x41,xyzabcA)}", "abcA"),
                // replace / strreplace / strbetween on variables
                Arguments.of("${REPLACE(AB,ab,X)}", "XXXXc"),
                Arguments.of("${REPLACE(AB,ab)}", "c"),
                Arguments.of("${STRREPLACE(ABCAB,ab,X)}", "XcX"),
                Arguments.of("${STRREPLACE(ABCAB,ab,X,1)}", "Xcab"),
                Arguments.of("${STRBETWEEN(DIGITS,-)}", "1-2-3"),
                // trim family: RTRIM of blanks keeps one (the rtrim macro never removes the first char)
                Arguments.of("${TRIM( a )}", "a"),
                Arguments.of("${LTRIM( a )}", "a "),
                Arguments.of("${RTRIM( a )}", " a"),
                Arguments.of("${RTRIM(   )}", " "),
                // regex: "regex" string, the blank after the quote is skipped
                Arguments.of("${REGEX(\"^[0-9]+$\" 123)}", "1"),
                Arguments.of("${REGEX(\"^[0-9]+$\" 12a)}", "0"),
                // eval substitutes once more
                Arguments.of("${EVAL(${INDIRECT})}", "deep"),
                // fieldqty / fieldnum (documented examples), listfilter
                Arguments.of("${FIELDQTY(DASHED,-)}", "3"),
                Arguments.of("${FIELDNUM(DASHED,-,amp)}", "2"),
                Arguments.of("${FIELDNUM(DASHED,-,AMP)}", "2"),
                Arguments.of("${FIELDNUM(DASHED,-,x)}", "0"),
                Arguments.of("${FIELDQTY(NOPE,-)}", "0"),
                Arguments.of("${FIELDQTY(LIST,\\x2C)}", "3"),
                Arguments.of("${LISTFILTER(LIST,\\,,b)}", "a,c"),
                // func_cut.c: fields, ranges, '&', default delimiter '-'
                Arguments.of("${CUT(DASHED,-,2)}", "amp"),
                Arguments.of("${CUT(DASHED,,2)}", "amp"),
                Arguments.of("${CUT(DASHED,-,2-)}", "amp-le"),
                Arguments.of("${CUT(DASHED,-,-2)}", "ex-amp"),
                Arguments.of("${CUT(DASHED,-,1&3)}", "ex-le"),
                Arguments.of("${CUT(LIST,\\,,3)}", "c"),
                Arguments.of("${SORT(a:3,b:1,c:2)}", "b,c,a"),
                // func_math.c (MATH example: 123%16 as int is 11)
                Arguments.of("${MATH(123%16,int)}", "11"),
                Arguments.of("${MATH(3*4)}", "12.000000"),
                Arguments.of("${MATH(10/4,f)}", "2.500000"),
                Arguments.of("${MATH(10/-2)}", "0.000000"),
                Arguments.of("${MATH(-3+1)}", "-2.000000"),
                Arguments.of("${MATH(1<2)}", "TRUE"),
                Arguments.of("${MATH(2==3)}", "FALSE"),
                Arguments.of("${MATH(255+0,h)}", "ff"),
                Arguments.of("${MATH(65+0,c)}", "A"),
                Arguments.of("${MATH(6AND3,i)}", "2"),
                Arguments.of("${MATH(1<<4,i)}", "16"),
                Arguments.of("${MIN(7,4)}", "4"),
                Arguments.of("${MAX(4,7)}", "7"),
                Arguments.of("${MIN(1.5,2)}", "1.500000"),
                Arguments.of("${ABS(-13)}", "13"),
                Arguments.of("${DIGIT_SUM(859)}", "22"),
                // func_sprintf.c: each conversion through C printf
                Arguments.of("${SPRINTF(%05.2f,3.14159)}", "03.14"),
                Arguments.of("${SPRINTF(%d-%s,5,x)}", "5-x"),
                Arguments.of("${SPRINTF(%x %X %o,255,255,8)}", "ff FF 10"),
                Arguments.of("${SPRINTF(%-4d|,7)}", "7   |"),
                Arguments.of("${SPRINTF(%.3e,1234.5)}", "1.234e+03"),
                Arguments.of("${SPRINTF(%g,0.0001)}", "0.0001"),
                Arguments.of("${SPRINTF(100%%)}", "100%"),
                Arguments.of("${SPRINTF(%d,abc)}", ""),
                // func_strings.c strftime / strptime (STRPTIME's documented example)
                Arguments.of("${STRFTIME(1700000000,UTC,%Y-%m-%d %H:%M:%S)}", "2023-11-14 22:13:20"),
                Arguments.of("${STRFTIME(,,%s)}", "1700000000"),
                Arguments.of("${STRFTIME(1700000000,America/Chicago,%H %Z)}", "16 CST"),
                Arguments.of("${STRFTIME(1700000000.123456,UTC,%S.%3q %6q %q)}", "20.123 123456 123"),
                Arguments.of("${STRFTIME(0,UTC)}", "Thu Jan  1 00:00:00 1970"),
                Arguments.of("${STRFTIME(0,UTC,%a %A %b %B %e %j %u %w %y %C %I %p %D %T)}",
                        "Thu Thursday Jan January  1 001 4 4 70 19 12 AM 01/01/70 00:00:00"),
                Arguments.of("${STRPTIME(2006-03-01 07:30:35,America/Chicago,%Y-%m-%d %H:%M:%S)}", "1141219835"),
                Arguments.of("${STRPTIME(nothing,UTC,%Y)}", ""),
                // func_global.c
                Arguments.of("${GLOBAL_EXISTS(NOPE)}", "0"),
                // dangerous and refused
                Arguments.of("${SHELL(echo hi)}", ""));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("reads")
    void readsAsAsteriskDoes(String template, String expected) {
        assertThat(ctx.substitute(template)).isEqualTo(expected);
    }

    @Test
    void setAssignsAndReturnsTheStrippedValue() {
        assertThat(ctx.substitute("${SET(X= 5 )}")).isEqualTo("5");
        assertThat(channel.get("X")).isEqualTo("5");
    }

    @Test
    void incAndDecChangeTheVariable() {
        assertThat(ctx.substitute("${INC(FIVE)}")).isEqualTo("6");
        assertThat(ctx.substitute("${DEC(FIVE)}${DEC(FIVE)}")).isEqualTo("54");
        assertThat(channel.get("FIVE")).isEqualTo("4");
    }

    @Test
    void incNeedsANumberAndAChannel() {
        channel.set("WORD", "12a");
        try (LogCapture logs = LogCapture.dialplan()) {
            assertThat(ctx.substitute("${INC(WORD)}")).isEmpty();
            assertThat(EvalContext.withoutChannel(runtime).substitute("${INC(FIVE)}")).isEmpty();
            assertThat(logs.all()).contains("INFO The content of ${WORD} is not a numeric value - bailing out!",
                    "WARN No channel was provided to INC function.");
        }
    }

    @Test
    void shiftAndPopTakeFromTheEnds() {
        assertThat(ctx.substitute("${SHIFT(LIST)}")).isEqualTo("a");
        assertThat(channel.get("LIST")).isEqualTo("b,c");
        assertThat(ctx.substitute("${POP(LIST)}")).isEqualTo("c");
        assertThat(ctx.substitute("${POP(LIST)}")).isEqualTo("b");
        assertThat(channel.get("LIST")).isEmpty();
        assertThat(ctx.substitute("${POP(LIST)}")).isEmpty();
    }

    @Test
    void pushAndUnshiftAddToTheEnds() {
        ctx.setVariable("PUSH(LIST)", "d");
        ctx.setVariable("UNSHIFT(LIST)", "z");
        ctx.setVariable("PUSH(NEW,-)", "only");

        assertThat(channel.get("LIST")).isEqualTo("z,a,b,c,d");
        assertThat(channel.get("NEW")).isEqualTo("only");
    }

    @Test
    void arrayAndHashSetSeveralVariables() {
        ctx.setVariable("ARRAY(A1,A2,A3)", "1,2");
        ctx.setVariable("HASH(h,k)", "v");

        assertThat(channel.get("A1")).isEqualTo("1");
        assertThat(channel.get("A2")).isEqualTo("2");
        assertThat(channel.get("A3")).isEmpty();
        assertThat(channel.get("~HASH~h~k~")).isEqualTo("v");
        assertThat(ctx.substitute("${HASH(h,k)}")).isEqualTo("v");
    }

    @Test
    void globalReadsAndWritesTheGlobals() {
        ctx.setVariable("GLOBAL(G)", "g1");
        channel.set("G", "channel");

        assertThat(ctx.substitute("${GLOBAL(G)} ${G} ${GLOBAL_EXISTS(G)}")).isEqualTo("g1 channel 1");
        ctx.setVariable("GLOBAL_DELETE(G)", "");
        assertThat(runtime.globals().get("G")).isNull();
    }

    @Test
    void deleteAndVariableExists() {
        assertThat(ctx.substitute("${VARIABLE_EXISTS(FIVE)}")).isEqualTo("1");
        ctx.setVariable("DELETE(FIVE)", "");
        assertThat(ctx.substitute("${VARIABLE_EXISTS(FIVE)}")).isEqualTo("0");
    }

    @Test
    void randIsRepeatableWithTheSameSeedAndStaysInRange() {
        String first = ctx.substitute("${RAND(1,8)},${RAND(1,8)},${RAND(1,8)},${RAND(8,1)}");
        EvalContext again = new EvalContext(TestRuntime.create(), new TestRuntime.Channel());

        assertThat(again.substitute("${RAND(1,8)},${RAND(1,8)},${RAND(1,8)},${RAND(8,1)}")).isEqualTo(first);
        for (String n : first.split(",")) {
            assertThat(Integer.parseInt(n)).isBetween(1, 8);
        }
    }

    @Test
    void shellIsRefusedAsABlockedDangerousFunction() {
        try (LogCapture logs = LogCapture.dialplan()) {
            assertThat(ctx.substitute("${SHELL(echo hi)}")).isEmpty();
            assertThat(logs.warnings()).containsExactly("Dangerous function SHELL read blocked");
        }
    }

    @Test
    void functionsInsideExpressionsUseTheirPlainReadCallback() {
        try (LogCapture logs = LogCapture.dialplan()) {
            // ast_expr2.y op_func: a numeric result becomes a number
            assertThat(ctx.substitute("$[LEN(abc) + 1]")).isEqualTo("4");
            // the arguments keep their quotes
            assertThat(ctx.substitute("$[LEN(\"ab\")]")).isEqualTo("4");
            // REPLACE only has a read2 callback
            assertThat(ctx.substitute("$[REPLACE(AB,a,b)]")).isEqualTo("0");
            assertThat(logs.warnings()).containsExactly("Error! Function 'REPLACE' cannot be read!");
            logs.clear();
            // without a channel Asterisk refuses every custom function there
            assertThat(EvalContext.withoutChannel(runtime).substitute("$[LEN(abc)]")).isEqualTo("0");
            assertThat(logs.warnings()).containsExactly("Hey! chan is NULL.",
                    "Error! 'LEN' doesn't appear to be an available function!");
        }
    }

    @Test
    void registryListsFunctionsInNameOrderAndRefusesDuplicates() {
        try (LogCapture logs = LogCapture.dialplan()) {
            boolean again = runtime.functions().register(LogicFunctions.functions().get(0));

            assertThat(again).isFalse();
            assertThat(logs.warnings()).containsExactly("Function ISNULL already registered.");
        }
        assertThat(runtime.functions().all()).extracting(f -> f.name()).isSorted();
    }
}
