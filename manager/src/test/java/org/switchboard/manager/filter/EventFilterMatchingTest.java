package org.switchboard.manager.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.manager.filter.CapturedEvents.HANGUP_SETFOO;
import static org.switchboard.manager.filter.CapturedEvents.NEWCHANNEL_S;
import static org.switchboard.manager.filter.CapturedEvents.NEWCHANNEL_SETFOO;
import static org.switchboard.manager.filter.CapturedEvents.USEREVENT;
import static org.switchboard.manager.filter.CapturedEvents.VARSET_GLOBAL;
import static org.switchboard.manager.filter.CapturedEvents.VARSET_SETFOO;
import static org.switchboard.manager.filter.EventFilterParserTest.accepted;

import org.junit.jupiter.api.Test;

/** What one filter matches (manager.c filter_cmp_fn, match_eventdata), on captured event texts. */
class EventFilterMatchingTest {

    @Test
    void namesCompareExactlyWithCase() {
        EventFilter varSet = accepted("eventfilter(name(VarSet))", "");
        assertThat(varSet.matches(VARSET_SETFOO)).isTrue();
        assertThat(varSet.matches(NEWCHANNEL_SETFOO)).isFalse();
        assertThat(accepted("eventfilter(name(varset))", "").matches(VARSET_SETFOO)).isFalse();
        assertThat(accepted("eventfilter(name(VarSe))", "").matches(VARSET_SETFOO)).isFalse();
    }

    @Test
    void headerTestsTheValueOfLinesStartingWithTheHeaderNameWithCase() {
        EventFilter channel = accepted("eventfilter(header(Channel),method(exact))", "Local/setfoo@default-0000085b;2");
        assertThat(channel.matches(VARSET_SETFOO)).isTrue();
        assertThat(channel.matches(NEWCHANNEL_SETFOO)).isFalse();
        // "ChannelState:" does not start with "Channel:"; "channel:" is another header
        assertThat(accepted("eventfilter(header(Channel),method(exact))", "6").matches(VARSET_SETFOO)).isFalse();
        assertThat(accepted("eventfilter(header(channel),method(exact))", "Local/setfoo@default-0000085b;2")
                .matches(VARSET_SETFOO)).isFalse();
    }

    @Test
    void headerNameIsAPrefixOfTheLineNotOfAWholeHeader() {
        // "Chan" + ':' is looked for; "ChanVariable:" is a different header
        assertThat(accepted("eventfilter(header(ChanVariable),method(exact))", "foo=bar").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter(header(Chan),method(contains))", "foo").matches(VARSET_SETFOO)).isFalse();
    }

    @Test
    void anyOfSeveralLinesWithTheHeaderIsEnough() {
        EventFilter second = accepted("eventfilter(header(ChanVariable),method(starts_with))", "does_not_exist");
        assertThat(second.matches(VARSET_SETFOO)).isTrue();
    }

    @Test
    void emptyHeaderValuesAreSkipped() {
        // AccountCode is empty in every captured channel event, so even method none finds no line
        assertThat(accepted("eventfilter(header(AccountCode))", "").matches(NEWCHANNEL_SETFOO)).isFalse();
        assertThat(accepted("eventfilter(header(Value))", "").matches(VARSET_GLOBAL)).isFalse();
        assertThat(accepted("eventfilter(header(Value))", "").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter(header(Value),method(regex))", "^$").matches(VARSET_GLOBAL)).isFalse();
    }

    @Test
    void blanksAfterTheColonAreSkippedButTrailingOnesKept() {
        TestEvent spaced = new TestEvent("UserEvent", "Event: UserEvent\r\nUserEvent: T\r\nFoo: \t  bar  \r\n\r\n");
        assertThat(accepted("eventfilter(header(Foo),method(exact))", "bar  ").matches(spaced)).isTrue();
        assertThat(accepted("eventfilter(header(Foo),method(exact))", "bar").matches(spaced)).isFalse();
        assertThat(accepted("eventfilter(header(Foo),method(ends_with))", "r  ").matches(spaced)).isTrue();
    }

    @Test
    void headerRegexSeesTheValueAsAWholeString() {
        assertThat(accepted("eventfilter(header(Channel),method(regex))", "^Local/setfoo@").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter(header(Channel),method(regex))", ";2$").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter(header(Channel),method(regex))", "^setfoo").matches(VARSET_SETFOO)).isFalse();
        assertThat(accepted("eventfilter(header(Uniqueid),method(regex))", "^[0-9]+\\.[0-9]+$").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter(header(Uniqueid),method(regex))", "^[0-9]+\\.[0-9]+$").matches(VARSET_GLOBAL)).isFalse();
    }

    @Test
    void startsWithOnTheWholeTextSeesTheEventLineFirst() {
        assertThat(accepted("eventfilter(method(starts_with))", "Event: VarSet\r\n").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter(method(starts_with))", "Event: Var").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter(method(starts_with))", "Privilege").matches(VARSET_SETFOO)).isFalse();
    }

    @Test
    void endsWithOnTheWholeTextSeesTheFinalBlankLine() {
        // the whole text ends with "\r\n\r\n", which a config value or AMI header cannot hold
        assertThat(accepted("eventfilter(method(ends_with))", "Value: bar").matches(VARSET_SETFOO)).isFalse();
        assertThat(accepted("eventfilter(method(ends_with))", "bar\r\n\r\n").matches(VARSET_SETFOO)).isTrue();
        // on a header value the line end is gone
        assertThat(accepted("eventfilter(header(Value),method(ends_with))", "ar").matches(VARSET_SETFOO)).isTrue();
    }

    @Test
    void containsAndExactOnTheWholeText() {
        assertThat(accepted("eventfilter(method(contains))", "Variable: foo").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter(method(contains))", "variable: foo").matches(VARSET_SETFOO)).isFalse();
        assertThat(accepted("eventfilter(method(exact))", VARSET_GLOBAL.text()).matches(VARSET_GLOBAL)).isTrue();
        assertThat(accepted("eventfilter(method(exact))", "Event: VarSet").matches(VARSET_GLOBAL)).isFalse();
    }

    @Test
    void containsInAHeaderValueStaysInsideTheValue() {
        EventFilter filter = accepted("eventfilter(header(Foo),method(contains))", "bar\r\nAction");
        assertThat(filter.matches(USEREVENT)).isFalse();
        assertThat(accepted("eventfilter(header(Foo),method(contains))", "ar").matches(USEREVENT)).isTrue();
    }

    @Test
    void legacyRegexSeesPrivilegeAndEveryHeader() {
        assertThat(accepted("eventfilter", "Privilege: dialplan").matches(VARSET_SETFOO)).isTrue();
        assertThat(accepted("eventfilter", "Privilege: dialplan").matches(HANGUP_SETFOO)).isFalse();
        assertThat(accepted("eventfilter", "ChanVariable: foo=bar").matches(HANGUP_SETFOO)).isTrue();
        assertThat(accepted("eventfilter", "^Event: Newchannel").matches(NEWCHANNEL_S)).isTrue();
        assertThat(accepted("eventfilter", "^Channel").matches(NEWCHANNEL_S)).isFalse();
        // '$' is the end of the text only, and event texts end with a blank line: only a pattern
        // that spells that blank line out reaches it
        assertThat(accepted("eventfilter", "Cause-txt: Unknown$").matches(HANGUP_SETFOO)).isFalse();
        assertThat(accepted("eventfilter", "Cause-txt: Unknown\r\n\r\n$").matches(HANGUP_SETFOO)).isTrue();
        // a POSIX class, and case that counts
        assertThat(accepted("eventfilter", "Priority: [[:digit:]]").matches(HANGUP_SETFOO)).isTrue();
        assertThat(accepted("eventfilter", "event: hangup").matches(HANGUP_SETFOO)).isFalse();
    }

    @Test
    void filtersWithoutNameApplyToEveryEvent() {
        EventFilter user = accepted("eventfilter(header(UserEvent),method(exact))", "MidAction");
        assertThat(user.matches(USEREVENT)).isTrue();
        assertThat(user.matches(VARSET_SETFOO)).isFalse();
    }

    @Test
    void aRegexTooDeepForJavaCountsAsNoMatchInsteadOfFailing() {
        // each round of "(ab|cd)*" costs Java stack frames; glibc answers "no match" here
        TestEvent huge = new TestEvent("UserEvent", "Event: UserEvent\r\nData: " + "ab".repeat(50_000) + "\r\n\r\n");
        EventFilter deep = accepted("eventfilter", "Data: (ab|cd)*X");
        assertThat(deep.matches(huge)).isFalse();
        assertThat(deep.matches(huge)).isFalse();
    }
}
