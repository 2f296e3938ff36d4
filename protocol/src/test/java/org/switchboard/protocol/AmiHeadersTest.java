package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Header lookup rules of spec 01 §1.3 (manager.c __astman_get_header). */
class AmiHeadersTest {

    @Test
    void lookupIgnoresCaseOfTheName() {
        AmiHeaders h = AmiHeaders.of("action: PING", "ACTIONID: lc1");
        assertThat(h.first("Action")).isEqualTo("PING");
        assertThat(h.first("ActionID")).isEqualTo("lc1");
    }

    @Test
    void aSpaceBeforeTheColonNeverMatches() {
        assertThat(AmiHeaders.of("Action : Login").first("Action")).isEmpty();
    }

    @Test
    void aLongerNameDoesNotMatchAShorterOne() {
        assertThat(AmiHeaders.of("ActionIDX: 1").first("ActionID")).isEmpty();
    }

    @Test
    void noSpaceIsNeededAfterTheColon() {
        assertThat(AmiHeaders.of("action:login").first("Action")).isEqualTo("login");
    }

    @Test
    void leadingBlanksAreSkippedTrailingBlanksKept() {
        // captures/B01_actionid_echo.txt: "ActionID:   spaced value  " echoes "spaced value  "
        assertThat(AmiHeaders.of("ActionID:   spaced value  ").first("ActionID")).isEqualTo("spaced value  ");
        assertThat(AmiHeaders.of("Action:\t Login ").first("Action")).isEqualTo("Login ");
    }

    @Test
    void theFirstOccurrenceWinsEvenWhenEmpty() {
        AmiHeaders h = AmiHeaders.of("ActionID: first", "ActionID: second");
        assertThat(h.first("ActionID")).isEqualTo("first");
        assertThat(AmiHeaders.of("Secret:", "Secret: x").first("Secret")).isEmpty();
    }

    @Test
    void actionIsTheFirstNonEmptyOne() {
        assertThat(AmiMessage.of("Action: ", "Action: Ping").action()).isEqualTo("Ping");
        assertThat(AmiMessage.of("Action:", "ActionID: u3b").action()).isEmpty();
    }

    @Test
    void allReturnsEveryValueInOrder() {
        AmiHeaders h = AmiHeaders.of("Variable: a=1", "variable: b=2", "Other: x", "VARIABLE:c=3");
        assertThat(h.all("Variable")).containsExactly("a=1", "b=2", "c=3");
    }

    @Test
    void missingReadsAsEmpty() {
        assertThat(AmiHeaders.of("Action: Ping").first("Username")).isEmpty();
        assertThat(AmiHeaders.of("Action: Ping").has("Username")).isFalse();
    }

    @Test
    void caseFoldingIsAsciiOnly() {
        // strncasecmp in the C locale folds A-Z only
        assertThat(AmiHeaders.of("\u00c9vent: x").first("\u00e9vent")).isEmpty();
    }
}
