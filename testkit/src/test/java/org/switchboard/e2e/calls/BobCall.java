package org.switchboard.e2e.calls;

import java.time.Duration;

import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The bridged call the captures' dialplan allows: Originate of Local/call-bob@default to Wait; its
 * ;2 half runs {@code Dial(Local/bob@default,,Tt)}, bob answers and echoes. Once up, call-bob;2
 * (the caller) and bob;1 (the callee) are in a basic bridge.
 */
final class BobCall {
    final String caller;
    final String callee;
    final String originated;
    final String bridgeId;

    private BobCall(String caller, String callee, String originated, String bridgeId) {
        this.caller = caller;
        this.callee = callee;
        this.originated = originated;
        this.bridgeId = bridgeId;
    }

    static BobCall start(SwitchboardExtension sb, AmiTestClient a) {
        int from = a.messageCount();
        a.request("Action: Originate", "Channel: Local/call-bob@default", "Application: Wait", "Data: 120",
                "Async: true",
                "ActionID: bob-call");
        CallTests.advance(sb, Duration.ofSeconds(1));
        AmiMessage enterCaller = a.awaitMessage(from, m -> "BridgeEnter".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/call-bob@default-"), AmiTestClient.DEFAULT_WAIT);
        AmiMessage enterCallee = a.awaitMessage(from, m -> "BridgeEnter".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/bob@default-"), AmiTestClient.DEFAULT_WAIT);
        a.awaitMessage(from, m -> "Newexten".equals(m.header("Event")) && "Echo".equals(m.header("Application"))
                && m.header("Channel").startsWith("Local/bob@default-"), AmiTestClient.DEFAULT_WAIT);
        CallTests.settle(sb, a);
        String caller = enterCaller.header("Channel");
        return new BobCall(caller, enterCallee.header("Channel"), caller.substring(0, caller.length() - 1) + "1",
                enterCaller.header("BridgeUniqueid"));
    }

    static CallLog log() {
        return new CallLog().alias("Local/call-bob@default-", "cb").alias("Local/bob@default-", "bob")
                .alias("Surrogate/Local/", "S-");
    }
}
