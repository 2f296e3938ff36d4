package org.switchboard.pbx.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.testing.PbxHarness;

/** Gosub, Return, StackPop, LOCAL, LOCAL_PEEK, STACK_PEEK and internal subroutine runs (app_stack.c). */
class GosubTest {
    private final PbxHarness h = new PbxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void gosubPassesArgumentsAsLocalVariablesAndReturnComesBack() {
        h.dialplan("""
                [main]
                exten => s,1,Set(ARG1=outer)
                 same => n,Gosub(sub,s,1(a,b))
                 same => n,UserEvent(back,Ret: ${GOSUB_RETVAL},Arg: ${ARG1})

                [sub]
                exten => s,1,UserEvent(in,A1: ${ARG1},A2: ${ARG2},N: ${ARGC})
                 same => n,Return(done)
                """);
        h.call("main", "s", true);
        assertThat(h.trace(l -> !l.startsWith("Hangup"))).containsExactly(
                "Newexten Set(ARG1=outer)@s:1", "VarSet ARG1=outer",
                "Newexten Gosub(sub,s,1(a,b))@s:2",
                "VarSet LOCAL(ARG1)=a", "VarSet LOCAL(ARG2)=b", "VarSet LOCAL(ARGC)=2",
                "Newexten UserEvent(in,A1: a,A2: b,N: 2)@s:1", "UserEvent in",
                "Newexten Return(done)@s:2",
                "VarSet ARGC=", "VarSet ARG2=", "VarSet ARG1=", "VarSet GOSUB_RETVAL=done",
                "Newexten UserEvent(back,Ret: done,Arg: outer)@s:3", "UserEvent back");
    }

    @Test
    void aNestedGosubRepeatsTheOuterArgumentCountAndLocalIsPerFrame() {
        h.dialplan("""
                [main]
                exten => s,1,Gosub(one,s,1(x,y))
                 same => n,UserEvent(end,L: ${LOCAL(v)})

                [one]
                exten => s,1,Set(LOCAL(v)=1)
                 same => n,Gosub(two,s,1(z))
                 same => n,UserEvent(one,V: ${LOCAL(v)},Peek: ${LOCAL_PEEK(0,v)})
                 same => n,Return()

                [two]
                exten => s,1,UserEvent(two,A2: [${ARG2}],Up: ${STACK_PEEK(1,l)},V: [${LOCAL(v)}])
                 same => n,Return()
                """);
        h.call("main", "s", true);
        assertThat(h.trace(l -> l.startsWith("Newexten UserEvent"))).containsExactly(
                "Newexten UserEvent(two,A2: [],Up: one,s,2,V: [])@s:1",
                "Newexten UserEvent(one,V: 1,Peek: 1)@s:3",
                "Newexten UserEvent(end,L: )@s:2");
    }

    @Test
    void stackPopForgetsTheReturnAddress() {
        h.dialplan("""
                [main]
                exten => s,1,Gosub(sub,s,1)
                 same => n,UserEvent(never)

                [sub]
                exten => s,1,StackPop()
                 same => n,Return()
                 same => n,UserEvent(after)
                """);
        h.call("main", "s", true);
        assertThat(h.trace()).doesNotContain("UserEvent never", "UserEvent after").contains("Hangup 0");
    }

    @Test
    void gosubToANonExistentPlaceFailsTheCall() {
        h.dialplan("""
                [main]
                exten => s,1,Gosub(nowhere,s,1)
                 same => n,UserEvent(never)
                """);
        h.call("main", "s", true);
        assertThat(h.trace()).doesNotContain("UserEvent never").contains("Hangup 0");
    }

    @Test
    void anInternalRunGoesToTheReturnAndPutsTheChannelBack() {
        h.dialplan("""
                [main]
                exten => s,1,Wait(10)
                [handler]
                exten => s,1,Set(seen=${ARG1})
                 same => n,Return(ok)
                """);
        SimChannel c = h.call("main", "s", true);
        int res = h.onCore(() -> Subroutine.execute(h.pbx(), c, "handler,s,1(hello)", false)).join();
        assertThat(res).isZero();
        assertThat(h.onCore(() -> c.context() + "," + c.exten() + "," + c.priority())).isEqualTo("main,s,1");
        assertThat(h.trace()).contains("VarSet seen=hello", "VarSet GOSUB_RETVAL=ok");
    }

    @Test
    void hangupHandlersRunAfterTheDialplanEnds() {
        h.dialplan("""
                [main]
                exten => s,1,Set(CHANNEL(hangup_handler_push)=hh,s,1(bye))
                 same => n,Hangup()
                [hh]
                exten => s,1,UserEvent(handler,Arg: ${ARG1})
                 same => n,Return()
                """);
        h.call("main", "s", true);
        assertThat(h.trace(l -> l.startsWith("HH") || l.startsWith("UserEvent") || l.startsWith("Hangup")))
                .containsExactly("HH push hh,s,1(bye)", "HH run hh,s,1(bye)", "UserEvent handler", "Hangup 16");
    }

    @Test
    void theSubroutineArgumentsAreCompletedFromTheChannel() {
        h.dialplan("""
                [main]
                exten => s,1,Wait(1)
                """);
        SimChannel c = h.call("main", "s", true);
        assertThat(h.onCore(() -> Subroutine.expandArgs(c, "5(a,b)"))).isEqualTo("main,s,5(a,b)");
        assertThat(h.onCore(() -> Subroutine.expandArgs(c, "x,2"))).isEqualTo("main,x,2");
        assertThat(h.onCore(() -> Subroutine.expandArgs(c, "c,x,2"))).isEqualTo("c,x,2");
        h.advance(Duration.ofSeconds(1));
    }
}
