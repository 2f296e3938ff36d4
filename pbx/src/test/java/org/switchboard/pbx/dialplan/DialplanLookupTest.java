package org.switchboard.pbx.dialplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.dialplan.pattern.MatchMode;

/** pbx.c pbx_find_extension with the default matcher. */
class DialplanLookupTest {
    /** 2024-02-29T09:30:00Z, a Thursday. */
    private static final Instant THURSDAY_MORNING = Instant.ofEpochSecond(1_709_199_000L);
    /** 2023-11-14T22:13:20Z, a Tuesday night. */
    private static final Instant TUESDAY_NIGHT = TestRuntime.NOW;

    private static final Dialplan DIALPLAN = DialplanFixtures.load(String.join("\n",
            "[office]",
            "exten => 200,1,NoOp(office)",
            "[night]",
            "exten => 200,1,NoOp(night)",
            "exten => 300,1,NoOp(night)",
            "[main]",
            "include => office,9:00-17:00,mon-fri,*,*",
            "include => night",
            "exten => 1234,1,NoOp()",
            "exten => _5XX,1,NoOp()",
            "exten => 100,hint,Custom:100",
            "exten => _1XX,1,NoOp(pattern)",
            "exten => _1XX,n(second),NoOp(pattern)",
            "exten => 555/,1,NoOp(anonymous)",
            "exten => 555,1,NoOp(anyone)",
            "exten => _7!,1,NoOp(early)",
            "ignorepat => 9",
            "[loop1]",
            "include => loop2",
            "[loop2]",
            "include => LOOP1",
            "exten => x,1,NoOp()",
            ""));

    @Test
    void includesAreFollowedDepthFirstWhenTheirTimingMatches() {
        FindResult office = DIALPLAN.find("main", "200", 1, null, null, MatchMode.MATCH, THURSDAY_MORNING);
        FindResult night = DIALPLAN.find("main", "200", 1, null, null, MatchMode.MATCH, TUESDAY_NIGHT);

        assertThat(office.priority().appData()).isEqualTo("office");
        assertThat(office.foundContext()).isEqualTo("office");
        assertThat(night.priority().appData()).isEqualTo("night");
        assertThat(night.foundContext()).isEqualTo("night");
    }

    @Test
    void anExtensionWithoutThePriorityDoesNotStopTheSearch() {
        // 100 only has a hint: priority 1 comes from _1XX
        FindResult r = DIALPLAN.find("main", "100", 1, null, null, MatchMode.MATCH, TUESDAY_NIGHT);

        assertThat(r.extension().name()).isEqualTo("_1XX");
        assertThat(DIALPLAN.hint("main", "100", TUESDAY_NIGHT).app()).isEqualTo("Custom:100");
    }

    @Test
    void statusTellsHowFarTheSearchGot() {
        assertThat(DIALPLAN.find("nope", "1", 1, null, null, MatchMode.MATCH, TUESDAY_NIGHT).status())
                .isEqualTo(FindResult.Status.NO_CONTEXT);
        FindResult noExten = DIALPLAN.find("main", "999", 1, null, null, MatchMode.MATCH, TUESDAY_NIGHT);
        assertThat(noExten.status()).isEqualTo(FindResult.Status.NO_EXTENSION);
        assertThat(noExten.notice("main", "999", 1, null)).isEqualTo("Cannot find extension '999' in context 'main'");
        FindResult noPriority = DIALPLAN.find("main", "1234", 2, null, null, MatchMode.MATCH, TUESDAY_NIGHT);
        assertThat(noPriority.status()).isEqualTo(FindResult.Status.NO_PRIORITY);
        assertThat(noPriority.notice("main", "1234", 2, null))
                .isEqualTo("No such priority 2 in extension '1234' in context 'main'");
        FindResult noLabel = DIALPLAN.find("main", "123", 0, "nolabel", null, MatchMode.MATCH, TUESDAY_NIGHT);
        assertThat(noLabel.status()).isEqualTo(FindResult.Status.NO_LABEL);
        assertThat(DIALPLAN.findLabel("main", "123", "second", null, TUESDAY_NIGHT)).isEqualTo(2);
        assertThat(DIALPLAN.findLabel("main", "123", "nolabel", null, TUESDAY_NIGHT)).isEqualTo(-1);
    }

    @Test
    void canMatchAndMatchMoreForDigitCollection() {
        // "12" is a prefix of 1234 and of _1XX
        assertThat(DIALPLAN.canMatch("main", "12", 1, null, TUESDAY_NIGHT)).isTrue();
        assertThat(DIALPLAN.matchMore("main", "12", 1, null, TUESDAY_NIGHT)).isTrue();
        // complete numbers: canmatch yes, matchmore only where something longer exists
        assertThat(DIALPLAN.canMatch("main", "1234", 1, null, TUESDAY_NIGHT)).isTrue();
        assertThat(DIALPLAN.matchMore("main", "1234", 1, null, TUESDAY_NIGHT)).isFalse();
        assertThat(DIALPLAN.matchMore("main", "123", 1, null, TUESDAY_NIGHT)).isTrue();
        assertThat(DIALPLAN.canMatch("main", "6", 1, null, TUESDAY_NIGHT)).isFalse();
        // a '!' pattern makes MATCHMORE's answer final (no match) for this context
        assertThat(DIALPLAN.canMatch("main", "7", 1, null, TUESDAY_NIGHT)).isTrue();
        assertThat(DIALPLAN.matchMore("main", "7", 1, null, TUESDAY_NIGHT)).isFalse();
        assertThat(DIALPLAN.exists("main", "7123", 1, null, TUESDAY_NIGHT)).isTrue();
    }

    @Test
    void anEmptyCallerIdPatternOnlyMatchesCallsWithoutCallerId() {
        assertThat(DIALPLAN.find("main", "555", 1, null, "", MatchMode.MATCH, TUESDAY_NIGHT).priority().appData())
                .isEqualTo("anonymous");
        assertThat(DIALPLAN.find("main", "555", 1, null, null, MatchMode.MATCH, TUESDAY_NIGHT).priority().appData())
                .isEqualTo("anonymous");
        assertThat(DIALPLAN.find("main", "555", 1, null, "123", MatchMode.MATCH, TUESDAY_NIGHT).priority().appData())
                .isEqualTo("anyone");
    }

    @Test
    void includeLoopsEndBecauseEachContextIsVisitedOnceIgnoringCase() {
        assertThat(DIALPLAN.exists("loop1", "x", 1, null, TUESDAY_NIGHT)).isTrue();
        assertThat(DIALPLAN.exists("loop1", "y", 1, null, TUESDAY_NIGHT)).isFalse();
    }

    @Test
    void contextNamesAreCaseSensitive() {
        assertThat(DIALPLAN.exists("MAIN", "1234", 1, null, TUESDAY_NIGHT)).isFalse();
    }

    @Test
    void ignorePatterns() {
        assertThat(DIALPLAN.ignorePattern("main", "9")).isTrue();
        assertThat(DIALPLAN.ignorePattern("main", "8")).isFalse();
    }

    @Test
    void dashesInTheDialledNumberAreIgnored() {
        assertThat(DIALPLAN.exists("main", "12-34", 1, null, TUESDAY_NIGHT)).isTrue();
        assertThat(DIALPLAN.exists("main", "5-0-1", 1, null, TUESDAY_NIGHT)).isTrue();
    }
}
