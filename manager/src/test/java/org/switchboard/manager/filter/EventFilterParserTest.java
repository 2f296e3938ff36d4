package org.switchboard.manager.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How criteria and patterns become filters, or are refused (spec 01 §4.1; manager.c manager_add_filter). */
class EventFilterParserTest {

    // manager.c eventfilter_test_creation: its two test events (no final blank line)
    static final TestEvent TEST_NEWCHANNEL = new TestEvent("Newchannel", "Event: Newchannel\r\nChannel: XXX\r\nSomeheader: YYY\r\n");
    static final TestEvent TEST_VARSET = new TestEvent("VarSet", "Event: VarSet\r\nChannel: ABC\r\nSomeheader: XXX\r\n");

    record Valid(String criteria, String pattern, FilterAction action, String name, String header, MatchMethod method,
            String storedPattern, TestEvent event, boolean sent) {
        @Override public String toString() {
            return criteria + " = " + pattern;
        }
    }

    /** manager.c parsing_filter_tests, the valid half, with the single-filter send decision. */
    static Stream<Valid> asteriskValidVectors() {
        FilterAction in = FilterAction.INCLUDE;
        FilterAction ex = FilterAction.EXCLUDE;
        return Stream.of(
                new Valid("eventfilter", "XXX", in, null, null, MatchMethod.REGEX, "XXX", TEST_NEWCHANNEL, true),
                new Valid("eventfilter", "!XXX", ex, null, null, MatchMethod.REGEX, "XXX", TEST_VARSET, false),
                new Valid("eventfilter(name(VarSet),method(none))", "", in, "VarSet", null, MatchMethod.NONE, "", TEST_VARSET, true),
                new Valid("eventfilter(name(Newchannel),method(regex))", "X[XYZ]X", in, "Newchannel", null, MatchMethod.REGEX,
                        "X[XYZ]X", TEST_NEWCHANNEL, true),
                new Valid("eventfilter(name(Newchannel),method(regex))", "X[abc]X", in, "Newchannel", null, MatchMethod.REGEX,
                        "X[abc]X", TEST_NEWCHANNEL, false),
                new Valid("eventfilter(action(exclude),name(Newchannel),method(regex))", "X[XYZ]X", ex, "Newchannel", null,
                        MatchMethod.REGEX, "X[XYZ]X", TEST_NEWCHANNEL, false),
                new Valid("eventfilter(action(exclude),name(Newchannel),method(regex))", "X[abc]X", ex, "Newchannel", null,
                        MatchMethod.REGEX, "X[abc]X", TEST_NEWCHANNEL, true),
                new Valid("eventfilter(action(include),name(VarSet),header(Channel),method(starts_with))", "AB", in, "VarSet",
                        "Channel:", MatchMethod.STARTS_WITH, "AB", TEST_VARSET, true),
                new Valid("eventfilter(action(include),name(VarSet),header(Channel),method(ends_with))", "BC", in, "VarSet",
                        "Channel:", MatchMethod.ENDS_WITH, "BC", TEST_VARSET, true),
                new Valid("eventfilter(action(include),name(VarSet),header(Channel),method(exact))", "ABC", in, "VarSet",
                        "Channel:", MatchMethod.EXACT, "ABC", TEST_VARSET, true),
                new Valid("eventfilter(action(include),name(VarSet),header(Channel),method(exact))", "XXX", in, "VarSet",
                        "Channel:", MatchMethod.EXACT, "XXX", TEST_VARSET, false),
                new Valid("eventfilter(name(VarSet),header(Channel),method(exact))", "!ZZZ", ex, "VarSet", "Channel:",
                        MatchMethod.EXACT, "ZZZ", TEST_VARSET, true),
                new Valid("eventfilter(action(exclude),name(VarSet),header(Channel),method(exact))", "ZZZ", ex, "VarSet",
                        "Channel:", MatchMethod.EXACT, "ZZZ", TEST_VARSET, true),
                // the spec's test vector: action(include) beats the '!', which is still removed
                new Valid("eventfilter(action(include),name(VarSet),header(Someheader),method(exact))", "!XXX", in, "VarSet",
                        "Someheader:", MatchMethod.EXACT, "XXX", TEST_VARSET, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("asteriskValidVectors")
    void asteriskValidVectorsParseAndDecideAsAsterisk(Valid v) {
        EventFilter filter = accepted(v.criteria(), v.pattern());
        assertThat(filter.action()).isEqualTo(v.action());
        assertThat(filter.eventName()).isEqualTo(java.util.Optional.ofNullable(v.name()));
        assertThat(filter.headerName()).isEqualTo(java.util.Optional.ofNullable(v.header()));
        assertThat(filter.method()).isEqualTo(v.method());
        assertThat(filter.pattern()).isEqualTo(v.storedPattern());
        assertThat(FilterSet.EMPTY.with(filter).accepts(v.event())).isEqualTo(v.sent());
    }

    record Invalid(String criteria, String pattern, FilterError error, String warning) {
        @Override public String toString() {
            return criteria + " = " + pattern;
        }
    }

    /** manager.c parsing_filter_tests, the invalid half, plus every format error of spec 01 §4.1. */
    static Stream<Invalid> invalid() {
        FilterError format = FilterError.FORMAT_ERROR;
        FilterError compile = FilterError.COMPILE_FAIL;
        return Stream.of(
                // Asterisk's own vectors
                new Invalid("eventfilter(action(include)", "", format,
                        "'eventfilter(action(include) = ': No name or header option found and no filter pattern"),
                new Invalid("eventfilter(action(inlude)", "", format,
                        "'eventfilter(action(inlude) = ': 'action' option 'inlude' is unknown"),
                new Invalid("eventfilter(nnnn(yyy)", "XXX", format,
                        "'eventfilter(nnnn(yyy) = XXX': Filter option 'nnnn(yyy' is unknown"),
                new Invalid("eventfilter(eader(VarSet)", "XXX", format,
                        "'eventfilter(eader(VarSet) = XXX': Filter option 'eader(VarSet' is unknown"),
                new Invalid("eventfilter(ethod(contains)", "XXX", format,
                        "'eventfilter(ethod(contains) = XXX': Filter option 'ethod(contains' is unknown"),
                new Invalid("eventfilter(nnnn(yyy),header(VarSet),method(contains)", "XXX", format,
                        "'eventfilter(nnnn(yyy),header(VarSet),method(contains) = XXX': Filter option 'nnnn(yyy' is unknown"),
                new Invalid("eventfilter(name(yyy),heder(VarSet),method(contains)", "XXX", format,
                        "'eventfilter(name(yyy),heder(VarSet),method(contains) = XXX': Filter option 'heder(VarSet' is unknown"),
                new Invalid("eventfilter(name(yyy),header(VarSet),mehod(contains)", "XXX", format,
                        "'eventfilter(name(yyy),header(VarSet),mehod(contains) = XXX': Filter option 'mehod(contains' is unknown"),
                new Invalid("eventfilter(name(yyy),header(VarSet),method(coains)", "XXX", format,
                        "'eventfilter(name(yyy),header(VarSet),method(coains) = XXX': 'method' option 'coains' is unknown"),
                new Invalid("eventfilter(method(yyy))", "XXX", format,
                        "'eventfilter(method(yyy)) = XXX': 'method' option 'yyy' is unknown"),
                new Invalid("eventfilter", "", format, "'eventfilter = ': Legacy filter with no filter pattern specified"),
                new Invalid("eventfilter", "!", format, "'eventfilter = ': Legacy filter with no filter pattern specified"),
                new Invalid("eventfilter()", "XXX", format,
                        "'eventfilter() = XXX': No action, name, header, or method option found"),
                new Invalid("eventfilter", "XX[X", compile, "Unable to compile regex filter for 'XX[X'"),
                new Invalid("eventfilter(method(regex))", "XX[X", compile, "Unable to compile regex filter for 'XX[X'"),
                // spec 01 §4.1: the options do not end with ')'
                new Invalid("eventfilter(name(X", "", format, "'eventfilter(name(X = ': Filter options not formatted correctly"),
                new Invalid("eventfilter(", "foo", format, "'eventfilter( = foo': Filter options not formatted correctly"),
                new Invalid("eventfilter(name(X) x", "", format, "'eventfilter(name(X) x = ': Filter options not formatted correctly"),
                // an option without '('
                new Invalid("eventfilter(action)", "", format, "'eventfilter(action) = ': 'action' parameter not formatted correctly"),
                new Invalid("eventfilter(name)", "", format, "'eventfilter(name) = ': 'name' parameter not formatted correctly"),
                new Invalid("eventfilter(header)", "", format, "'eventfilter(header) = ': 'header' parameter not formatted correctly"),
                new Invalid("eventfilter(method)", "x", format, "'eventfilter(method) = x': 'method' parameter not formatted correctly"),
                // empty option values
                new Invalid("eventfilter(name())", "", format, "'eventfilter(name()) = ': 'name' parameter not formatted correctly"),
                new Invalid("eventfilter(header())", "", format, "'eventfilter(header()) = ': 'header' parameter not formatted correctly"),
                new Invalid("eventfilter(method())", "x", format, "'eventfilter(method()) = x': 'method' parameter not formatted correctly"),
                new Invalid("eventfilter(action())", "", format, "'eventfilter(action()) = ': 'action' option '' is unknown"),
                // unknown values: exact lower-case spellings only
                new Invalid("eventfilter(name(X),method(startsWith))", "a", format,
                        "'eventfilter(name(X),method(startsWith)) = a': 'method' option 'startsWith' is unknown"),
                new Invalid("eventfilter(name(X),method(endsWith))", "a", format,
                        "'eventfilter(name(X),method(endsWith)) = a': 'method' option 'endsWith' is unknown"),
                new Invalid("eventfilter(name(X),method(Exact))", "a", format,
                        "'eventfilter(name(X),method(Exact)) = a': 'method' option 'Exact' is unknown"),
                new Invalid("eventfilter(action(Include),name(X))", "", format,
                        "'eventfilter(action(Include),name(X)) = ': 'action' option 'Include' is unknown"),
                new Invalid("eventfilter(Name(X))", "", format, "'eventfilter(Name(X)) = ': Filter option 'Name(X' is unknown"),
                // a space inside a value splits it
                new Invalid("eventfilter(name(New channel))", "", format,
                        "'eventfilter(name(New channel)) = ': Filter option 'channel' is unknown"),
                // pattern rules
                new Invalid("eventfilter(name(X),method(exact))", "", format,
                        "'eventfilter(name(X),method(exact)) = ': method can't be 'exact' with no filter pattern"),
                new Invalid("eventfilter(name(X),method(regex))", "!", format,
                        "'eventfilter(name(X),method(regex)) = ': method can't be 'regex' with no filter pattern"),
                new Invalid("eventfilter(name(X))", "foo", format,
                        "'eventfilter(name(X)) = foo': method can't be 'none' with a filter pattern"),
                new Invalid("eventfilter(name(X),method(none))", "foo", format,
                        "'eventfilter(name(X),method(none)) = foo': method can't be 'none' with a filter pattern"),
                new Invalid("eventfilter(action(exclude),method(none))", "", format,
                        "'eventfilter(action(exclude),method(none)) = ': No name or header option found and no filter pattern"),
                new Invalid("eventfilter(header(Channel),method(regex))", "(", compile, "Unable to compile regex filter for '('"),
                new Invalid("", "foo", format, "Missing criteria"),
                new Invalid("eventfilter", null, format, "Filter pattern was NULL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refusedWithAsterisksKindAndWarning(Invalid v) {
        FilterParseResult result = EventFilterParser.parse(v.criteria(), v.pattern());
        assertThat(result).isEqualTo(new FilterParseResult.Rejected(v.error(), v.warning()));
    }

    @Test
    void optionsMayComeInAnyOrderSeparatedByCommasOrSpaces() {
        EventFilter filter = accepted("eventfilter(method(exact) header(Channel), ,name(VarSet) action(exclude))", "none");
        assertThat(filter.action()).isEqualTo(FilterAction.EXCLUDE);
        assertThat(filter.eventName()).hasValue("VarSet");
        assertThat(filter.headerName()).hasValue("Channel:");
        assertThat(filter.method()).isEqualTo(MatchMethod.EXACT);
    }

    @Test
    void optionKeywordsAreCaseSensitivePrefixes() {
        // strncmp(option, "name", 4): "names(" and "nameless(" are name options too
        assertThat(accepted("eventfilter(names(Hangup))", "").eventName()).hasValue("Hangup");
        assertThat(accepted("eventfilter(headerX(Channel))", "").headerName()).hasValue("Channel:");
        assertThat(accepted("eventfilter(name(Hangup),methods(contains))", "x").method()).isEqualTo(MatchMethod.CONTAINS);
        assertThat(accepted("eventfilter(actions(exclude),name(Hangup))", "").action()).isEqualTo(FilterAction.EXCLUDE);
    }

    @Test
    void headerGetsAColonOnlyWhenItHasNone() {
        assertThat(accepted("eventfilter(header(Channel))", "").headerName()).hasValue("Channel:");
        assertThat(accepted("eventfilter(header(Channel:))", "").headerName()).hasValue("Channel:");
    }

    @Test
    void valuesKeepTheirCaseAndEverythingAfterTheFirstParenthesis() {
        assertThat(accepted("eventfilter(name(varset))", "").eventName()).hasValue("varset");
        assertThat(accepted("eventfilter(name((Odd))", "").eventName()).hasValue("(Odd");
    }

    @Test
    void legacyFiltersAreRegexesOverTheWholeText() {
        EventFilter include = accepted("eventfilter", "Event: Newchannel");
        assertThat(include.action()).isEqualTo(FilterAction.INCLUDE);
        assertThat(include.method()).isEqualTo(MatchMethod.REGEX);
        assertThat(include.eventName()).isEmpty();
        assertThat(include.headerName()).isEmpty();
        EventFilter exclude = accepted("eventfilter", "!Channel: Local/");
        assertThat(exclude.action()).isEqualTo(FilterAction.EXCLUDE);
        assertThat(exclude.pattern()).isEqualTo("Channel: Local/");
    }

    @Test
    void anyKeyBeginningWithEventfilterIsALegacyFilterUnlessItHasAParenthesis() {
        assertThat(accepted("eventfilter2", "!Hangup").action()).isEqualTo(FilterAction.EXCLUDE);
        assertThat(accepted("eventfilter-calls", "Newchannel").method()).isEqualTo(MatchMethod.REGEX);
        assertThat(accepted("eventfilter2(name(Hangup))", "").method()).isEqualTo(MatchMethod.NONE);
    }

    @Test
    void filterKeysBeginWithEventfilterWithCase() {
        assertThat(EventFilterParser.isFilterKey("eventfilter")).isTrue();
        assertThat(EventFilterParser.isFilterKey("eventfilter2")).isTrue();
        assertThat(EventFilterParser.isFilterKey("eventfilter(name(Hangup))")).isTrue();
        assertThat(EventFilterParser.isFilterKey("EventFilter")).isFalse();
        assertThat(EventFilterParser.isFilterKey("Eventfilter")).isFalse();
        assertThat(EventFilterParser.isFilterKey("event_filter")).isFalse();
    }

    @Test
    void filterActionWrapsItsMatchCriteria() {
        assertThat(EventFilterParser.filterActionCriteria("")).isEqualTo("eventfilter");
        assertThat(EventFilterParser.filterActionCriteria(null)).isEqualTo("eventfilter");
        assertThat(EventFilterParser.filterActionCriteria("name(Hangup),method(none)"))
                .isEqualTo("eventfilter(name(Hangup),method(none))");
        EventFilter fromAction = accepted(EventFilterParser.filterActionCriteria("action(exclude),name(VarSet)"), "");
        assertThat(fromAction.action()).isEqualTo(FilterAction.EXCLUDE);
        assertThat(fromAction.eventName()).hasValue("VarSet");
    }

    @Test
    void filterActionMessagesAreAsterisks() {
        assertThat(FilterError.COMPILE_FAIL.actionMessage())
                .isEqualTo("Filter did not compile.  Check the syntax of the filter given.");
        assertThat(FilterError.FORMAT_ERROR.actionMessage())
                .isEqualTo("Filter was formatted incorrectly.  Check the syntax of the filter given.");
        assertThat(FilterError.ALLOC_FAILED.actionMessage()).isEqualTo("Internal Error. Failed to allocate regex for filter");
    }

    static EventFilter accepted(String criteria, String pattern) {
        FilterParseResult result = EventFilterParser.parse(criteria, pattern);
        assertThat(result).isInstanceOf(FilterParseResult.Accepted.class);
        return ((FilterParseResult.Accepted) result).filter();
    }
}
