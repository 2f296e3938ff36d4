package org.switchboard.pbx.apps.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.testing.PbxHarness;

/** GotoIfTime, ExecIfTime, WaitUntil, SoftHangup, ChannelRedirect and Originate. */
class ControlApplicationsTest {
    private final PbxHarness h = new PbxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void gotoIfTimeChoosesByTheTimeOrTestTime() {
        // PbxHarness.START is Tuesday 2023-11-14 22:13:20 UTC
        h.dialplan("""
                [c]
                exten => s,1,GotoIfTime(22:00-23:00,tue,*,*,UTC?open,1:closed,1)
                exten => t2,1,Set(TESTTIME=1700000000)
                 same => n,GotoIfTime(08:00-17:00,*,*,*,UTC?open,1:closed,1)
                exten => open,1,UserEvent(open)
                exten => closed,1,UserEvent(closed)
                """);
        h.call("c", "s", true);
        h.call("c", "t2", true);
        assertThat(h.trace(l -> l.startsWith("UserEvent"))).containsExactly("UserEvent open", "UserEvent closed");
    }

    @Test
    void execIfTimeRunsTheApplicationOnlyInTime() {
        h.dialplan("""
                [c]
                exten => s,1,ExecIfTime(22:00-23:00,*,*,*,UTC?UserEvent(now))
                 same => n,ExecIfTime(01:00-02:00,*,*,*,UTC?UserEvent(never))
                 same => n,UserEvent(end)
                """);
        h.call("c", "s", true);
        assertThat(h.trace(l -> l.startsWith("UserEvent"))).containsExactly("UserEvent now", "UserEvent end");
    }

    @Test
    void waitUntilWaitsInPbxTime() {
        long target = PbxHarness.START.getEpochSecond() + 30;
        h.dialplan("[c]\nexten => s,1,WaitUntil(" + target + ")\n same => n,UserEvent(at,Status: ${WAITUNTILSTATUS})\n"
                + "exten => p,1,WaitUntil(5)\n same => n,UserEvent(past,Status: ${WAITUNTILSTATUS})\n");
        h.call("c", "s", true);
        h.call("c", "p", true);
        assertThat(h.trace(l -> l.startsWith("Newexten UserEvent"))).containsExactly(
                "Newexten UserEvent(past,Status: PAST)@p:2");
        h.advance(Duration.ofSeconds(30));
        assertThat(h.trace(l -> l.startsWith("Newexten UserEvent"))).contains("Newexten UserEvent(at,Status: OK)@s:2");
    }

    @Test
    void softHangupAndChannelRedirectActOnOtherChannels() {
        h.dialplan("""
                [c]
                exten => wait,1,Wait(60)
                 same => n,UserEvent(notredirected)
                exten => go,1,UserEvent(redirected)
                exten => kill,1,SoftHangup(Test/0)
                exten => move,1,ChannelRedirect(Test/2,c,go,1)
                 same => n,UserEvent(status,S: ${CHANNELREDIRECT_STATUS})
                """);
        SimChannel first = h.call("c", "wait", true);
        h.call("c", "kill", true);
        assertThat(h.onCore(first::isHungUp)).isTrue();
        SimChannel third = h.call("c", "wait", true);
        h.call("c", "move", true);
        assertThat(h.trace(l -> l.startsWith("UserEvent"))).containsExactly("UserEvent redirected", "UserEvent status");
        assertThat(h.onCore(third::exten)).isEqualTo("go");
    }

    @Test
    void originateCallsALocalChannelAndWaitsForTheAnswer() {
        h.dialplan("""
                [c]
                exten => s,1,Originate(Local/answer@c,exten,c,done,1)
                 same => n,UserEvent(result,Status: ${ORIGINATE_STATUS})
                exten => answer,1,Answer()
                 same => n,Wait(5)
                exten => done,1,UserEvent(connected)
                 same => n,Wait(5)
                exten => bad,1,Originate(Local/nowhere@c,app,Wait,1)
                 same => n,UserEvent(failed,Status: ${ORIGINATE_STATUS})
                """);
        h.call("c", "s", true);
        h.advance(Duration.ofSeconds(1));
        assertThat(h.trace(l -> l.startsWith("Newexten UserEvent"))).contains(
                "Newexten UserEvent(result,Status: SUCCESS)@s:2");
        h.call("c", "bad", true);
        assertThat(h.trace(l -> l.startsWith("Newexten UserEvent"))).contains(
                "Newexten UserEvent(failed,Status: FAILED)@bad:2");
    }
}
