package org.switchboard.manager.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.manager.filter.CapturedEvents.HANGUP_S;
import static org.switchboard.manager.filter.CapturedEvents.HANGUP_SETFOO;
import static org.switchboard.manager.filter.CapturedEvents.NEWCHANNEL_S;
import static org.switchboard.manager.filter.CapturedEvents.NEWCHANNEL_SETFOO;
import static org.switchboard.manager.filter.CapturedEvents.USEREVENT;
import static org.switchboard.manager.filter.CapturedEvents.VARSET_GLOBAL;
import static org.switchboard.manager.filter.CapturedEvents.VARSET_SETFOO;
import static org.switchboard.manager.filter.EventFilterParserTest.accepted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which events a session receives (spec 01 §4.2; manager.c should_send_event). */
class FilterSetTest {
    private static final List<TestEvent> ALL = List.of(
            NEWCHANNEL_SETFOO, NEWCHANNEL_S, HANGUP_SETFOO, HANGUP_S, VARSET_SETFOO, VARSET_GLOBAL, USEREVENT);

    /** captures/etc/manager.conf [filt1]: two legacy include filters. */
    private static final FilterSet FILT1 = userFilters(
            "eventfilter", "Event: Newchannel",
            "eventfilter", "Event: Hangup");
    /** [filt2]: one legacy exclude filter. */
    private static final FilterSet FILT2 = userFilters(
            "eventfilter", "!Channel: Local/");
    /** [filt3]: include, then exclude. */
    private static final FilterSet FILT3 = userFilters(
            "eventfilter", "Event: (Newchannel|Hangup)",
            "eventfilter", "!Channel: Local/setfoo");

    @Test
    void noFiltersLetEverythingThrough() {
        assertThat(ALL).allMatch(FilterSet.EMPTY::accepts);
        assertThat(FilterSet.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void includeFiltersOnlyPassWhatOneOfThemMatches() {
        assertThat(passing(FILT1)).containsExactly(NEWCHANNEL_SETFOO, NEWCHANNEL_S, HANGUP_SETFOO, HANGUP_S);
    }

    @Test
    void excludeFiltersOnlyPassWhatNoneOfThemMatches() {
        // every channel in the captures is a Local one: only the global VarSet and UserEvent pass
        assertThat(passing(FILT2)).containsExactly(VARSET_GLOBAL, USEREVENT);
    }

    @Test
    void includeAndExcludeNeedAnIncludeMatchAndNoExcludeMatch() {
        assertThat(passing(FILT3)).containsExactly(NEWCHANNEL_S, HANGUP_S);
    }

    @Test
    void orderOfFiltersNeverChangesTheAnswer() {
        List<EventFilter> filters = new ArrayList<>();
        FILT3.includes().forEach(filters::add);
        FILT3.excludes().forEach(filters::add);
        filters.add(accepted("eventfilter(name(UserEvent))", ""));
        filters.add(accepted("eventfilter(action(exclude),header(Channel),method(ends_with))", ";2"));
        List<TestEvent> expected = passing(FilterSet.of(filters));
        assertThat(expected).containsExactly(NEWCHANNEL_S, HANGUP_S, USEREVENT);
        for (int i = 0; i < 10; i++) {
            Collections.rotate(filters, 1);
            if (i % 3 == 0) {
                Collections.reverse(filters);
            }
            assertThat(passing(FilterSet.of(filters))).isEqualTo(expected);
        }
    }

    @Test
    void filtersGoToTheirSideByAction() {
        assertThat(FILT3.includes()).extracting(EventFilter::pattern).containsExactly("Event: (Newchannel|Hangup)");
        assertThat(FILT3.excludes()).extracting(EventFilter::pattern).containsExactly("Channel: Local/setfoo");
    }

    @Test
    void addingAFilterLeavesTheOriginalSetUnchanged() {
        // a session copies its user's set at login, then the Filter action adds to the copy
        FilterSet session = FILT1.with(accepted(EventFilterParser.filterActionCriteria(
                "action(exclude),header(Channel),method(starts_with)"), "Local/setfoo"));
        assertThat(passing(session)).containsExactly(NEWCHANNEL_S, HANGUP_S);
        assertThat(passing(FILT1)).containsExactly(NEWCHANNEL_SETFOO, NEWCHANNEL_S, HANGUP_SETFOO, HANGUP_S);
        assertThat(FILT1.excludes()).isEmpty();
        assertThat(session.excludes()).hasSize(1);
    }

    @Test
    void advancedFiltersOnCapturedEvents() {
        FilterSet hangupsOfS = userFilters(
                "eventfilter(name(Hangup),header(Channel),method(regex))", "^Local/s@",
                "eventfilter(name(Newchannel),header(Exten),method(exact))", "s");
        assertThat(passing(hangupsOfS)).containsExactly(NEWCHANNEL_S, HANGUP_S);
        FilterSet noDialplan = userFilters("eventfilter(action(exclude),header(Privilege),method(starts_with))", "dialplan");
        assertThat(passing(noDialplan)).containsExactly(NEWCHANNEL_SETFOO, NEWCHANNEL_S, HANGUP_SETFOO, HANGUP_S, USEREVENT);
    }

    /** manager.c eventfilter_test_matching: its seven filters against its nine events. */
    @Test
    void asterisksMatchingVectors() {
        FilterSet set = userFilters(
                "eventfilter(name(VarSet),method(none))", "",
                "eventfilter(name(Newchannel),method(regex))", "X[XYZ]X",
                "eventfilter(name(Newchannel),method(regex))", "X[abc]X",
                "eventfilter(name(Newchannel),header(Someheader),method(regex))", "ZZZ",
                "eventfilter(action(exclude),name(Newchannel),method(regex))", "X[a]X",
                "eventfilter(action(exclude),name(Newchannel),method(regex))", "X[Z]X",
                "eventfilter(action(exclude),name(VarSet),header(Channel),method(regex))", "YYY");
        assertThat(set.accepts(asteriskEvent("Newchannel", "XXX", "YYY"))).isTrue();
        assertThat(set.accepts(asteriskEvent("Newchannel", "XZX", "YYY"))).isFalse();
        assertThat(set.accepts(asteriskEvent("Newchannel", "XaX", "YYY"))).isFalse();
        assertThat(set.accepts(asteriskEvent("Newchannel", "XbX", "YYY"))).isTrue();
        assertThat(set.accepts(asteriskEvent("Newchannel", "XcX", "YYY"))).isTrue();
        assertThat(set.accepts(asteriskEvent("Newchannel", "YYY", "YYY"))).isFalse();
        assertThat(set.accepts(asteriskEvent("Newchannel", "YYY", "ZZZ"))).isTrue();
        assertThat(set.accepts(asteriskEvent("VarSet", "XXX", "YYY"))).isTrue();
        assertThat(set.accepts(asteriskEvent("VarSet", "YYY", "YYY"))).isFalse();
    }

    private static TestEvent asteriskEvent(String name, String channel, String someheader) {
        return new TestEvent(name, "Event: " + name + "\r\nChannel: " + channel + "\r\nSomeheader: " + someheader + "\r\n");
    }

    private static List<TestEvent> passing(FilterSet set) {
        return ALL.stream().filter(set::accepts).toList();
    }

    /** Key/value pairs as manager.conf lists them, each parsed and added in order. */
    private static FilterSet userFilters(String... keysAndValues) {
        List<EventFilter> filters = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            filters.add(accepted(keysAndValues[i], keysAndValues[i + 1]));
        }
        return FilterSet.of(filters);
    }
}
