package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Which values may differ, and how (captures/README.md, "What varies from run to run"). */
class FieldRulesTest {
    private final FieldRules standard = FieldRules.standard();
    private final FieldRules calls = FieldRules.calls();

    @Test
    void aRuleAppliesOnlyWhereTheCapturedValueHasItsShape() {
        assertThat(standard.lineMatches("Uniqueid: 1795347864.4913", "Uniqueid: 1700000000.1")).isTrue();
        // OriginateResponse of a failed call: the text itself must come back
        assertThat(standard.lineMatches("Uniqueid: <unknown>", "Uniqueid: 1700000000.1")).isFalse();
        // Cdr of a call never answered
        assertThat(calls.lineMatches("AnswerTime: ", "AnswerTime: 2026-11-22 11:44:24")).isFalse();
        assertThat(calls.lineMatches("AnswerTime: 2026-11-22 11:44:24", "AnswerTime: 2031-01-02 03:04:05")).isTrue();
        assertThat(calls.lineMatches("AnswerTime: 2026-11-22 11:44:24", "AnswerTime: 2031-01-02T03:04:05")).isFalse();
    }

    @Test
    void theCallRulesLeaveIdentifiersToTheMapping() {
        assertThat(calls.lineMatches("Uniqueid: 1795347864.4913", "Uniqueid: 1700000000.1")).isFalse();
        assertThat(calls.lineMatches("Timestamp: 1795347860.925636", "Timestamp: 1.000001")).isTrue();
        assertThat(calls.lineMatches("EventTime: 2026-11-22 11:44:24", "EventTime: 2026-11-22 12:00:00")).isTrue();
    }

    @Test
    void elapsedSecondsMayBeOneSecondOffInTheSameForm() {
        assertThat(calls.lineMatches("Duration: 1", "Duration: 0")).isTrue();
        assertThat(calls.lineMatches("Duration: 1", "Duration: 2")).isTrue();
        assertThat(calls.lineMatches("Duration: 1", "Duration: 3")).isFalse();
        assertThat(calls.lineMatches("BillableSeconds: 0", "BillableSeconds: 1")).isTrue();
        assertThat(calls.lineMatches("Seconds: 5", "Seconds: 7")).isFalse();
        // CoreShowChannel (manager.c action_coreshowchannels, "%s" of HH:MM:SS)
        assertThat(calls.lineMatches("Duration: 00:00:59", "Duration: 00:01:00")).isTrue();
        assertThat(calls.lineMatches("Duration: 00:00:01", "Duration: 00:00:03")).isFalse();
        assertThat(calls.lineMatches("Duration: 00:00:01", "Duration: 1")).isFalse();
        assertThat(standard.lineMatches("Duration: 1", "Duration: 2")).isFalse();
    }

    @Test
    void epochIsATimeOnlyWhereTheVariableIsEpoch() {
        assertThat(calls.lineMatches("Variable: EPOCH", "Value: 1795347858", "Value: 1800000000")).isTrue();
        assertThat(standard.lineMatches("Variable: EPOCH", "Value: 1795347858", "Value: 1800000000")).isTrue();
        assertThat(calls.lineMatches("Variable: GVAR", "Value: 42", "Value: 43")).isFalse();
        assertThat(calls.lineMatches("Variable: EPOCH", "Value: 1795347858", "Value: now")).isFalse();
        assertThat(calls.lineMatches("Variable: EPOCH=1795347888", "Variable: EPOCH=1800000000")).isTrue();
        assertThat(calls.lineMatches("Variable: foo=1", "Variable: foo=2")).isFalse();
    }

    @Test
    void theHeaderNameMustStayTheSame() {
        assertThat(calls.lineMatches("EventTime: 2026-11-22 11:44:24", "Eventtime: 2026-11-22 11:44:24")).isFalse();
        assertThat(standard.lineMatches("Challenge: 182008023", "Challenge: 4")).isTrue();
        assertThat(standard.lineMatches("Challenge: 182008023", "Challenge: 1234567890")).isFalse();
    }

    @Test
    void extraRulesCanBeAdded() {
        FieldRules r = FieldRules.standard().vary("X-Token", Pattern.compile("[a-z]+"))
                .varyElapsed("X-Age", 2);
        assertThat(r.lineMatches("X-Token: abc", "X-Token: xyz")).isTrue();
        assertThat(r.lineMatches("X-Token: abc", "X-Token: 123")).isFalse();
        assertThat(r.lineMatches("X-Age: 10", "X-Age: 12")).isTrue();
        assertThat(r.lineMatches("X-Age: 10", "X-Age: 13")).isFalse();
    }
}
