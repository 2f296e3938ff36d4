package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * ShowDialPlan, DialplanExtensionAdd and DialplanExtensionRemove on the captures' dialplan (spec
 * 02 §4.4; pbx.c manager_show_dialplan, pbx_config.c manager_dialplan_extension_add/remove).
 */
class DialplanActionsTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallCapture.CAPTURES.resolve("etc"))
            .virtualClock();

    /** The messages answering a request (those carrying its ActionID, the last header line). */
    private static List<AmiMessage> list(AmiTestClient a, String... headers) {
        String id = headers[headers.length - 1].substring("ActionID: ".length());
        int from = a.messageCount();
        a.send(headers);
        a.awaitMessage(from, m -> id.equals(m.actionId()) && ("ShowDialPlanComplete".equals(m.header("Event"))
                || "Error".equals(m.header("Response"))), AmiTestClient.DEFAULT_WAIT);
        return a.messagesSince(from).stream().filter(m -> id.equals(m.actionId())).toList();
    }

    @Test
    void showDialPlanListsAContextItemByItem() {
        AmiTestClient a = sb.login("admin", "admin123");
        List<AmiMessage> got = list(a, "Action: ShowDialPlan", "Context: dtmf", "ActionID: d1");
        assertThat(got.get(0).headers().lines()).containsExactly("Response: Success", "ActionID: d1",
                "EventList: start", "Message: DialPlan list will follow");
        assertThat(got.get(1).headers().lines()).containsExactly("Event: ListDialplan", "ActionID: d1",
                "Context: dtmf", "Extension: 1", "Priority: 1", "Application: UserEvent", "AppData: invalid",
                "Registrar: pbx_config");
        assertThat(got.subList(1, got.size() - 1)).extracting(m -> m.header("Extension") + "," + m.header("Priority"))
                .containsExactly("1,1", "1,2", "2,1", "2,2", "start,1", "start,2", "start,3", "start,4");
        assertThat(got.get(got.size() - 1).headers().lines()).containsExactly("Event: ShowDialPlanComplete",
                "ActionID: d1", "EventList: Complete", "ListItems: 8", "ListExtensions: 3", "ListPriorities: 8",
                "ListContexts: 1");
    }

    @Test
    void showDialPlanErrors() {
        AmiTestClient a = sb.login("admin", "admin123");
        assertThat(list(a, "Action: ShowDialPlan", "Context: nosuch", "ActionID: d2").get(0).header("Message"))
                .isEqualTo("Did not find context nosuch");
        assertThat(list(a, "Action: ShowDialPlan", "Context: dtmf", "Extension: 9", "ActionID: d3").get(0)
                .header("Message")).isEqualTo("Did not find extension 9@dtmf");
        // with an extension, every context is searched (newest first, as Asterisk's context list is
        // kept) and patterns match it
        assertThat(list(a, "Action: ShowDialPlan", "Extension: 999999999", "ActionID: d4")).extracting(
                m -> m.header("Response") + m.header("Event") + ":" + m.header("Context") + "/" + m.header("Extension"))
                .containsExactly("Success:/", "ListDialplan:beta/_.", "ListDialplan:beta/_.", "ListDialplan:alpha/_.",
                        "ListDialplan:alpha/_.", "ListDialplan:acctimeout/_[A-Za-z0-9].",
                        "ListDialplan:acctimeout/_[A-Za-z0-9].", "ShowDialPlanComplete:/");
    }

    @Test
    void extensionsAreAddedToAndRemovedFromTheLiveDialplan() {
        AmiTestClient a = sb.login("admin", "admin123");
        assertThat(a.request("Action: DialplanExtensionAdd", "Context: added", "Extension: x1", "Priority: 1",
                "Application: UserEvent", "ApplicationData: Added", "ActionID: x1").header("Message"))
                .isEqualTo("Added requested extension");
        assertThat(a.request("Action: DialplanExtensionAdd", "Context: added", "Extension: x1", "Priority: 1",
                "Application: NoOp", "ActionID: x2").header("Message"))
                .isEqualTo("That extension and priority already exist at that context");
        assertThat(a.request("Action: DialplanExtensionAdd", "Context: added", "Extension: x1", "Priority: 1",
                "Application: UserEvent", "ApplicationData: Replaced", "Replace: yes", "ActionID: x3")
                .header("Message")).isEqualTo("Added requested extension");
        assertThat(a.request("Action: DialplanExtensionAdd", "Context: added", "Extension: x1", "Priority: -1",
                "Application: NoOp", "ActionID: x4").header("Message")).isEqualTo("The priority specified was invalid.");
        assertThat(a.request("Action: DialplanExtensionAdd", "Context: added", "ActionID: x5").header("Message"))
                .isEqualTo("Context, Extension, Priority, and Application must be defined for DialplanExtensionAdd.");

        // the live dialplan runs it
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/x1@added", "Application: Echo", "ActionID: o1");
        AmiMessage ue = a.awaitMessage(from, m -> "UserEvent".equals(m.header("Event")), AmiTestClient.DEFAULT_WAIT);
        assertThat(ue.header("UserEvent")).isEqualTo("Replaced");
        sb.clock().advance(Duration.ofSeconds(1)).join();

        assertThat(a.request("Action: DialplanExtensionRemove", "Context: added", "Extension: x1", "Priority: 1",
                "ActionID: r1").header("Message")).isEqualTo("Removed the requested priority from the extension");
        assertThat(a.request("Action: DialplanExtensionRemove", "Context: added", "Extension: x1", "ActionID: r2")
                .header("Message")).isEqualTo("Failed to remove requested extension");
        assertThat(a.request("Action: DialplanExtensionRemove", "Context: added", "ActionID: r3").header("Message"))
                .isEqualTo("Context and Extension must be provided for DialplanExtensionRemove");
        assertThat(a.request("Action: DialplanExtensionRemove", "Context: added", "Extension: x1", "Priority: 0",
                "ActionID: r4").header("Message")).isEqualTo("The priority specified was invalid.");
    }

    @Test
    void hangupHandlersAreAnnouncedAndRun() {
        AmiTestClient a = sb.login("admin", "admin123");
        String[][] lines = {
            {"s", "1", "Set", "CHANNEL(hangup_handler_push)=hh,bye,1(x)"},
            {"s", "2", "Hangup", ""},
            {"bye", "1", "UserEvent", "handled,Arg: ${ARG1}"},
            {"bye", "2", "Return", ""},
        };
        for (String[] l : lines) {
            assertThat(a.request("Action: DialplanExtensionAdd", "Context: hh", "Extension: " + l[0],
                    "Priority: " + l[1], "Application: " + l[2], "ApplicationData: " + l[3], "ActionID: a" + l[0] + l[1])
                    .header("Message")).isEqualTo("Added requested extension");
        }
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/s@hh", "Application: Echo", "ActionID: o2");
        a.awaitUntil(() -> a.messagesSince(from).stream()
                .filter(m -> "Hangup".equals(m.header("Event"))).count() == 2, AmiTestClient.DEFAULT_WAIT);
        List<AmiMessage> got = a.messagesSince(from);
        AmiMessage push = got.stream().filter(m -> "HangupHandlerPush".equals(m.header("Event"))).findFirst()
                .orElseThrow();
        assertThat(push.header("Privilege")).isEqualTo("dialplan,all");
        assertThat(push.header("Handler")).isEqualTo("hh,bye,1(x)");
        assertThat(got).extracting(m -> m.header("Event") + ":" + m.header("UserEvent") + m.header("Handler"))
                .containsSubsequence("HangupHandlerPush:hh,bye,1(x)", "SoftHangupRequest:",
                        "HangupHandlerRun:hh,bye,1(x)", "UserEvent:handled");
    }
}
