package org.switchboard.pbx.chanfunc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.exec.ChannelEvalContext;
import org.switchboard.pbx.testing.PbxHarness;

/** CALLERID, CONNECTEDLINE, CHANNEL, TIMEOUT, HANGUPCAUSE, EXCEPTION and DB (funcs/func_*.c). */
class ChannelFunctionsTest {
    private PbxHarness h = new PbxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    private SimChannel idle() {
        h.dialplan("""
                [c]
                exten => s,1,Wait(100)
                """);
        return h.call("c", "s", true);
    }

    private String read(SimChannel c, String call) {
        return h.onCore(() -> new ChannelEvalContext(h.pbx(), c).readFunction(call));
    }

    private boolean write(SimChannel c, String call, String value) {
        return h.onCore(() -> new ChannelEvalContext(h.pbx(), c).writeFunction(call, value));
    }

    @Test
    void callerIdFieldsReadAndWriteAsFuncCallerid() {
        SimChannel c = idle();
        assertThat(read(c, "CALLERID(all)")).isEqualTo("\"\" <>");
        assertThat(read(c, "CALLERID(pres)")).isEqualTo("unavailable");
        write(c, "CALLERID(all)", "\"Alice Smith\" <(555) 123-4567>");
        assertThat(read(c, "CALLERID(name)")).isEqualTo("Alice Smith");
        assertThat(read(c, "CALLERID(num)")).isEqualTo("5551234567");
        assertThat(read(c, "CALLERID(all)")).isEqualTo("\"Alice Smith\" <5551234567>");
        assertThat(read(c, "CALLERID(pres)")).isEqualTo("allowed_not_screened");
        write(c, "CALLERID(num-pres)", "prohib");
        assertThat(read(c, "CALLERID(num-pres)")).isEqualTo("prohib");
        assertThat(read(c, "CALLERID(name-pres)")).isEqualTo("allowed_not_screened");
        assertThat(read(c, "CALLERID(pres)")).isEqualTo("prohib");
        write(c, "CALLERID(name-pres)", "unavailable");
        assertThat(read(c, "CALLERID(pres)")).isEqualTo("prohib");
        write(c, "CALLERID(pres)", "1");
        assertThat(read(c, "CALLERID(pres)")).isEqualTo("allowed_passed_screen");
        write(c, "CALLERID(ton)", "17");
        assertThat(read(c, "CALLERID(num-plan)")).isEqualTo("17");
        write(c, "CALLERID(tag)", "vip  ");
        assertThat(read(c, "CALLERID(tag)")).isEqualTo("vip");
        write(c, "CALLERID(subaddr)", "12");
        write(c, "CALLERID(subaddr-odd)", "1");
        assertThat(read(c, "CALLERID(subaddr)")).isEqualTo("12");
        assertThat(read(c, "CALLERID(subaddr-odd)")).isEqualTo("1");
        assertThat(read(c, "CALLERID(name-charset)")).isEqualTo("iso8859-1");
        write(c, "CALLERID(ani)", "999");
        assertThat(read(c, "CALLERID(ani)")).isEqualTo("999");
        assertThat(read(c, "CALLERID(ani-num)")).isEqualTo("999");
        write(c, "CALLERID(ani2)", "5");
        assertThat(read(c, "CALLERID(ani2)")).isEqualTo("5");
        write(c, "CALLERID(rdnis)", "800");
        assertThat(read(c, "CALLERID(rdnis)")).isEqualTo("800");
        write(c, "CALLERID(dnid)", "4000 ");
        assertThat(read(c, "CALLERID(dnid)")).isEqualTo("4000");
        assertThat(read(c, "CALLERID(dnid-num-plan)")).isEqualTo("0");
        assertThat(read(c, "CALLERID(bogus)")).isEmpty();
        assertThat(read(c, "CALLERID(name,\"Bob\" <200>)")).isEqualTo("Bob");
        assertThat(read(c, "CALLERID(all,\"Bob\" <200>)")).isEqualTo("\"Bob\" <200>");
        // one NewCallerid-worthy snapshot per change of the caller id itself
        assertThat(h.trace(l -> l.startsWith("Caller"))).first().isEqualTo("Caller Alice Smith/5551234567");
    }

    @Test
    void connectedLineWritesIndicateUnlessInhibited() {
        SimChannel c = idle();
        write(c, "CONNECTEDLINE(num)", "100");
        write(c, "CONNECTEDLINE(name,i)", "Bob");
        assertThat(read(c, "CONNECTEDLINE(all)")).isEqualTo("\"Bob\" <100>");
        assertThat(read(c, "CONNECTEDLINE(source)")).isEqualTo("unknown");
        write(c, "CONNECTEDLINE(source)", "answer");
        assertThat(read(c, "CONNECTEDLINE(source)")).isEqualTo("answer");
        assertThat(h.trace(l -> l.startsWith("Connected"))).containsExactly("Connected /100", "Connected Bob/100");
        assertThat(h.techLog).containsExactly("indicate CONNECTED_LINE", "indicate CONNECTED_LINE");
    }

    @Test
    void channelItems() {
        SimChannel c = idle();
        assertThat(read(c, "CHANNEL(name)")).isEqualTo("Test/0");
        assertThat(read(c, "CHANNEL(uniqueid)")).isEqualTo(h.onCore(c::uniqueId));
        assertThat(read(c, "CHANNEL(linkedid)")).isEqualTo(h.onCore(c::uniqueId));
        assertThat(read(c, "CHANNEL(state)")).isEqualTo("Up");
        assertThat(read(c, "CHANNEL(channeltype)")).isEqualTo("Test");
        assertThat(read(c, "CHANNEL(context)")).isEqualTo("c");
        assertThat(read(c, "CHANNEL(exten)")).isEqualTo("s");
        assertThat(read(c, "CHANNEL(language)")).isEqualTo("en");
        assertThat(read(c, "CHANNEL(amaflags)")).isEqualTo("3");
        assertThat(read(c, "CHANNEL(max_forwards)")).isEqualTo("20");
        assertThat(read(c, "CHANNEL(transfercapability)")).isEqualTo("SPEECH");
        assertThat(read(c, "CHANNEL(audionativeformat)")).isEqualTo("(slin)");
        assertThat(read(c, "CHANNEL(checkhangup)")).isEqualTo("0");
        assertThat(read(c, "CHANNEL(priority)")).isNull();
        write(c, "CHANNEL(callgroup)", "1,3-4");
        assertThat(read(c, "CHANNEL(callgroup)")).isEqualTo("1, 3, 4");
        write(c, "CHANNEL(accountcode)", "acct1");
        write(c, "CHANNEL(accountcode)", "acct1");
        write(c, "CHANNEL(musicclass)", "jazz");
        assertThat(read(c, "CHANNEL(musicclass)")).isEqualTo("jazz");
        write(c, "CHANNEL(hangupsource)", "me");
        write(c, "CHANNEL(hangupsource)", "you");
        assertThat(read(c, "CHANNEL(hangupsource)")).isEqualTo("me");
        assertThat(h.trace(l -> l.startsWith("AccountCode"))).containsExactly("AccountCode acct1");
    }

    @Test
    void timeoutReadsAndWritesThePbxTimeouts() {
        SimChannel c = idle();
        assertThat(read(c, "TIMEOUT(digit)")).isEqualTo("5.000");
        assertThat(read(c, "TIMEOUT(response)")).isEqualTo("10.000");
        assertThat(read(c, "TIMEOUT(absolute)")).isEqualTo("0");
        write(c, "TIMEOUT(d)", "2.5");
        assertThat(read(c, "TIMEOUT(digit)")).isEqualTo("2.500");
        write(c, "TIMEOUT(absolute)", "30");
        h.advance(Duration.ofSeconds(10));
        assertThat(read(c, "TIMEOUT(absolute)")).isEqualTo("20.000");
        assertThat(read(c, "TIMEOUT(x)")).isNull();
    }

    @Test
    void hangupCausesOfDialedChannels() {
        SimChannel c = idle();
        h.onCore(() -> {
            DialedCauses.record(c, "PJSIP/bob-00000001", 17, "SIP 486 Busy Here");
            DialedCauses.record(c, "PJSIP/carol-00000002", 19, "SIP 480 Temporarily Unavailable");
            return null;
        });
        assertThat(read(c, "HANGUPCAUSE_KEYS()")).isEqualTo("PJSIP/bob-00000001,PJSIP/carol-00000002");
        assertThat(read(c, "HANGUPCAUSE(PJSIP/bob-00000001,tech)")).isEqualTo("SIP 486 Busy Here");
        assertThat(read(c, "HANGUPCAUSE(PJSIP/bob-00000001,ast)")).isEqualTo("User busy");
        assertThat(read(c, "HANGUPCAUSE(PJSIP/nobody,ast)")).isNull();
    }

    @Test
    void anInvalidExtensionWithoutIGoesToEWithTheException() {
        h.dialplan("""
                [c]
                exten => s,1,Goto(nowhere,1)
                exten => e,1,UserEvent(exc,Reason: ${EXCEPTION(reason)},Exten: ${EXCEPTION(exten)})
                """);
        h.call("c", "s", true);
        assertThat(h.trace(l -> l.startsWith("Newexten UserEvent")))
                .containsExactly("Newexten UserEvent(exc,Reason: INVALID,Exten: nowhere)@e:1");
    }

    @Test
    void anUnknownApplicationEndsTheCallAndRunsH() {
        h.dialplan("""
                [c]
                exten => s,1,NoSuchApp(x)
                 same => n,UserEvent(never)
                exten => h,1,UserEvent(hangup)
                """);
        h.call("c", "s", true);
        assertThat(h.trace(l -> l.startsWith("Newexten") || l.startsWith("UserEvent") || l.startsWith("Hangup")))
                .containsExactly("Newexten UserEvent(hangup)@h:1", "UserEvent hangup", "Hangup 0");
    }

    @Test
    void dbFunctionsUseTheAstDb(@TempDir Path dir) throws Exception {
        h.close();
        try (AstDb db = AstDb.open(dir)) {
            h = new PbxHarness(db);
            SimChannel c = idle();
            assertThat(write(c, "DB(fam/k1)", "v1")).isTrue();
            write(c, "DB(fam/sub/a)", "x");
            write(c, "DB(fam/sub/b)", "y");
            write(c, "DB(fam/with,comma)", "z");
            assertThat(read(c, "DB(fam/k1)")).isEqualTo("v1");
            assertThat(h.trace()).contains("VarSet DB_RESULT=v1");
            assertThat(read(c, "DB(fam/none)")).isEmpty();
            assertThat(read(c, "DB_EXISTS(fam/k1)")).isEqualTo("1");
            assertThat(read(c, "DB_EXISTS(fam/none)")).isEqualTo("0");
            assertThat(read(c, "DB_KEYS(fam)")).isEqualTo("k1,sub,with\\,comma");
            assertThat(read(c, "DB_KEYS(/fam/sub/)")).isEqualTo("a,b");
            assertThat(read(c, "DB_KEYCOUNT(fam)")).isEqualTo("3");
            assertThat(read(c, "DB_DELETE(fam/k1)")).isEqualTo("v1");
            assertThat(read(c, "DB_EXISTS(fam/k1)")).isEqualTo("0");
            assertThat(read(c, "DB(nokey)")).isNull();
            // from AMI (escalations inhibited) DB is refused
            assertThat(h.onCore(() -> new ChannelEvalContext(h.pbx(), c, true).readFunction("DB(fam/sub/a)"))).isNull();
            h.close();
        }
        h = new PbxHarness();
    }
}
