package org.switchboard.pbx.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.testing.PbxHarness;

/**
 * WaitExten, Background and the PBX loop's digit collection (pbx.c __ast_pbx_run, collect_digits;
 * pbx_builtins.c pbx_builtin_waitexten, pbx_builtin_background).
 */
class DigitCollectionTest {
    /** The [dtmf] context of the captures' extensions.conf. */
    private static final String DTMF = """
            [dtmf]
            exten => start,1,Answer()
             same => n,UserEvent(ready)
             same => n,WaitExten(5)
             same => n,Hangup()

            exten => 1,1,UserEvent(invalid)
             same => n,Hangup()

            exten => 2,1,UserEvent(valid)
             same => n,Hangup()
            """;

    private final PbxHarness h = new PbxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aDigitDuringWaitExtenGoesToThatExtension() {
        h.dialplan(DTMF);
        SimChannel c = h.call("dtmf", "start", true);
        assertThat(h.trace()).contains("UserEvent ready");
        h.advance(Duration.ofSeconds(2));
        h.press(c, '2');
        assertThat(h.trace(l -> l.startsWith("Newexten") || l.startsWith("UserEvent") || l.startsWith("Hangup")))
                .containsExactly("Newexten Answer()@start:1", "Newexten UserEvent(ready)@start:2",
                        "UserEvent ready", "Newexten WaitExten(5)@start:3", "Newexten UserEvent(valid)@2:1",
                        "UserEvent valid", "Newexten Hangup()@2:2", "Hangup 16");
    }

    @Test
    void withoutADigitWaitExtenGoesOnToTheNextPriorityAfterItsTimeout() {
        h.dialplan(DTMF);
        h.call("dtmf", "start", true);
        h.advance(Duration.ofMillis(4999));
        assertThat(h.trace()).doesNotContain("Newexten Hangup()@start:4");
        h.advance(Duration.ofMillis(1));
        assertThat(h.trace()).contains("Newexten Hangup()@start:4", "Hangup 16");
    }

    @Test
    void digitsThatCouldGrowAreCollectedWithTheDigitTimeoutThenInvalidGoesToI() {
        h.dialplan("""
                [c]
                exten => s,1,WaitExten(10)
                exten => 12,1,UserEvent(twelve)
                exten => 123,1,UserEvent(onetwothree)
                exten => i,1,UserEvent(bad,Exten: ${INVALID_EXTEN})
                exten => t,1,UserEvent(slow)
                """);
        SimChannel c = h.call("c", "s", true);
        h.press(c, '1');
        h.press(c, '2');
        // "12" exists but "123" could still follow: the loop waits the digit timeout (5 s)
        h.advance(Duration.ofMillis(4999));
        assertThat(h.trace()).doesNotContain("UserEvent twelve");
        h.advance(Duration.ofMillis(1));
        assertThat(h.trace()).contains("UserEvent twelve");

        h.clearEvents();
        SimChannel d = h.call("c", "s", true);
        h.press(d, '1');
        h.press(d, '9');
        assertThat(h.trace()).contains("VarSet INVALID_EXTEN=19", "UserEvent bad");
    }

    @Test
    void theResponseTimeoutSendsToTWhenNoPriorityFollows() {
        h.dialplan("""
                [c]
                exten => s,1,Set(TIMEOUT(response)=3)
                 same => n,WaitExten()
                exten => t,1,UserEvent(slow)
                """);
        h.call("c", "s", true);
        h.advance(Duration.ofMillis(2999));
        assertThat(h.trace()).doesNotContain("UserEvent slow");
        h.advance(Duration.ofMillis(1));
        assertThat(h.trace()).contains("UserEvent slow");
    }

    @Test
    void backgroundIsInterruptedByADigitThatIsAnExtension() {
        h.dialplan("""
                [menu]
                exten => s,1,Background(welcome&press-1)
                 same => n,UserEvent(fellthrough)
                exten => 1,1,UserEvent(one,Status: ${BACKGROUNDSTATUS})
                """);
        SimChannel c = h.call("menu", "s", true);
        assertThat(h.trace()).contains("Stream begin welcome");
        h.advance(Duration.ofSeconds(2));
        assertThat(h.trace()).contains("Stream begin press-1");
        h.advance(Duration.ofMillis(500));
        h.press(c, '1');
        assertThat(h.trace(l -> l.startsWith("Stream") || l.startsWith("UserEvent") || l.startsWith("VarSet")))
                .containsExactly("Stream begin welcome", "Stream end", "Stream begin press-1", "Stream end",
                        "VarSet BACKGROUNDSTATUS=SUCCESS", "UserEvent one");
    }

    @Test
    void backgroundPlaysItsFilesToTheEndWithoutDigits() {
        h.dialplan("""
                [menu]
                exten => s,1,Background(welcome)
                 same => n,UserEvent(after)
                """);
        h.onCore(() -> h.pbx().sounds().define("welcome", Duration.ofSeconds(7)));
        h.call("menu", "s", true);
        h.advance(Duration.ofMillis(6999));
        assertThat(h.trace()).doesNotContain("UserEvent after");
        h.advance(Duration.ofMillis(1));
        assertThat(h.trace()).contains("VarSet BACKGROUNDSTATUS=SUCCESS", "UserEvent after");
    }

    @Test
    void readCollectsDigitsUpToTheTerminator() {
        h.dialplan("""
                [r]
                exten => s,1,Read(PIN,enter-pin,,,,3)
                 same => n,UserEvent(read,Pin: ${PIN},Status: ${READSTATUS})
                """);
        SimChannel c = h.call("r", "s", true);
        h.press(c, '4');
        assertThat(h.trace()).contains("Stream end");
        h.press(c, '2');
        h.press(c, '#');
        assertThat(h.trace(l -> l.startsWith("VarSet"))).containsExactly("VarSet READSTATUS=ERROR", "VarSet PIN=42",
                "VarSet READSTATUS=OK");
    }

    @Test
    void readTimesOut() {
        h.dialplan("""
                [r]
                exten => s,1,Read(PIN,,4,,,2)
                 same => n,UserEvent(read)
                """);
        h.call("r", "s", true);
        h.advance(Duration.ofSeconds(2));
        assertThat(h.trace(l -> l.startsWith("VarSet"))).containsExactly("VarSet READSTATUS=ERROR", "VarSet PIN=",
                "VarSet READSTATUS=TIMEOUT");
    }

    @Test
    void playbackTakesTheFilesLengthAndIgnoresDigits() {
        h.dialplan("""
                [p]
                exten => s,1,Playback(hello&missing)
                 same => n,UserEvent(done)
                """);
        h.onCore(() -> h.pbx().sounds().remove("missing"));
        SimChannel c = h.call("p", "s", true);
        h.press(c, '5');
        h.advance(Duration.ofMillis(1999));
        assertThat(h.trace()).doesNotContain("UserEvent done");
        h.advance(Duration.ofMillis(1));
        assertThat(h.trace(l -> l.startsWith("Stream") || l.startsWith("VarSet") || l.startsWith("UserEvent")))
                .containsExactly("Stream begin hello", "Stream end", "VarSet PLAYBACKSTATUS=FAILED", "UserEvent done");
    }

    @Test
    void sayNumberAndSayDigitsPlayTheEnglishFiles() {
        assertThat(SayFiles.number(1234)).containsExactly("digits/1", "digits/thousand", "digits/2", "digits/hundred",
                "digits/30", "digits/4");
        assertThat(SayFiles.number(-15)).containsExactly("digits/minus", "digits/15");
        assertThat(SayFiles.number(0)).containsExactly("digits/0");
        assertThat(SayFiles.digits("1*#-x")).containsExactly("digits/1", "digits/star", "digits/pound",
                "digits/minus");
        assertThat(SayFiles.characters("aB", SayFiles.Case.UPPER)).containsExactly("letters/a", "uppercase",
                "letters/b");
        h.dialplan("""
                [s]
                exten => s,1,SayDigits(12)
                 same => n,UserEvent(done)
                """);
        h.call("s", "s", true);
        h.advance(Duration.ofMillis(1000));
        assertThat(h.trace(l -> l.startsWith("Stream begin") || l.startsWith("UserEvent")))
                .containsExactly("Stream begin digits/1", "Stream begin digits/2", "UserEvent done");
    }

    @Test
    void sendDtmfHandsEachDigitToTheTechnologyWithItsDuration() {
        h.dialplan("""
                [d]
                exten => s,1,SendDTMF(1w2,,200)
                 same => n,UserEvent(sent)
                """);
        h.call("d", "s", true);
        // 100 quiet, 1 (200) + 250, w 500, 2 (200) + 250
        h.advance(Duration.ofMillis(1499));
        assertThat(h.trace()).doesNotContain("UserEvent sent");
        h.advance(Duration.ofMillis(1));
        assertThat(h.techLog).containsExactly("digit-begin 1", "digit-end 1 200", "digit-begin 2", "digit-end 2 200");
        assertThat(h.trace()).contains("UserEvent sent");
    }
}
