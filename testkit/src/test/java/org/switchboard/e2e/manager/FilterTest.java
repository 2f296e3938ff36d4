package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** Event filters from manager.conf and the Filter action (spec 01 §4). */
class FilterTest {
    @RegisterExtension
    static SwitchboardExtension sb = CaptureConfig.server();

    private static void send(String name, String... extra) {
        AmiTestClient producer = sb.login("admin", "admin123");
        String[] lines = new String[3 + extra.length];
        lines[0] = "Action: UserEvent";
        lines[1] = "UserEvent: " + name;
        System.arraycopy(extra, 0, lines, 2, extra.length);
        lines[lines.length - 1] = "ActionID: send-" + name;
        producer.request(lines);
    }

    /**
     * The UserEvent names this session received: the server finishes dispatching what was sent
     * (the producer's reply can come before its event reaches other sessions), then a Ping round
     * trip makes sure all arrived.
     */
    private static List<String> received(AmiTestClient c) {
        sb.server().quiesce();
        c.request("Action: Ping", "ActionID: sync-" + System.nanoTime());
        return c.messages().stream().filter(m -> "UserEvent".equals(m.header("Event")))
                .map(m -> m.header("UserEvent")).toList();
    }

    @Test
    void includeFiltersOfTheUserLetOnlyMatchingEventsThrough() {
        // filt1: eventfilter = Event: Newchannel / Event: Hangup
        AmiTestClient filt1 = sb.login("filt1", "filtpw");
        send("One");
        assertThat(received(filt1)).isEmpty();
    }

    @Test
    void anExcludeFilterOfTheUserDropsOnlyWhatMatches() {
        // filt2: eventfilter = !Channel: Local/
        AmiTestClient filt2 = sb.login("filt2", "filtpw");
        send("Kept");
        send("Dropped", "Channel: Local/100@default-00000001;1");
        assertThat(received(filt2)).containsExactly("Kept");
    }

    @Test
    void theFilterActionAddsALegacyRegexToThisSessionOnly() {
        AmiTestClient a = sb.login("admin", "admin123");
        AmiTestClient b = sb.login("admin", "admin123");
        assertThat(a.request("Action: Filter", "Operation: Add", "Filter: UserEvent: Wanted[0-9]+", "ActionID: f")
                .headers().lines()).containsExactly("Response: Success", "ActionID: f", "Message: Success");
        send("Wanted42");
        send("Other");
        assertThat(received(a)).containsExactly("Wanted42");
        assertThat(received(b)).contains("Wanted42", "Other");
    }

    @Test
    void anAdvancedExcludeFilterByHeaderValue() {
        AmiTestClient a = sb.login("admin", "admin123");
        assertThat(a.request("Action: Filter", "Operation: Add",
                "MatchCriteria: action(exclude),header(Color),method(exact)", "Filter: red", "ActionID: f")
                .header("Message")).isEqualTo("Success");
        send("Apple", "Color: red");
        send("Sky", "Color: blue");
        assertThat(received(a)).containsExactly("Sky");
    }

    @Test
    void anAdvancedFilterByEventNameComparesWithCase() {
        AmiTestClient a = sb.login("admin", "admin123");
        a.request("Action: Filter", "Operation: Add", "MatchCriteria: name(userevent)", "Filter:", "ActionID: f");
        send("NotMatchedByLowerCaseName");
        assertThat(received(a)).isEmpty();
    }

    @Test
    void badFiltersAreRefusedWithAsterisksTexts() {
        AmiTestClient a = sb.login("admin", "admin123");
        AmiMessage bad = a.request("Action: Filter", "Operation: Add", "Filter: Event: (", "ActionID: 1");
        assertThat(bad.header("Message")).isEqualTo("Filter did not compile.  Check the syntax of the filter given.");
        AmiMessage format = a.request("Action: Filter", "Operation: Add", "MatchCriteria: name(X)", "Filter: foo",
                "ActionID: 2");
        assertThat(format.header("Message"))
                .isEqualTo("Filter was formatted incorrectly.  Check the syntax of the filter given.");
        AmiMessage camel = a.request("Action: Filter", "Operation: Add", "MatchCriteria: method(startsWith)",
                "Filter: x", "ActionID: 3");
        assertThat(camel.header("Message"))
                .isEqualTo("Filter was formatted incorrectly.  Check the syntax of the filter given.");
        assertThat(a.request("Action: Filter", "Operation: Remove", "ActionID: 4").header("Message"))
                .isEqualTo("Unknown operation");
    }

    @Test
    void theFilterActionNeedsSystemWritePermission() {
        AmiTestClient calls = sb.login("calls", "callspw");
        assertThat(calls.request("Action: Filter", "Operation: Add", "Filter: x", "ActionID: 1").header("Message"))
                .isEqualTo("Permission denied");
    }

    @Test
    void filtersNeverTouchRepliesOrFullyBooted() {
        AmiTestClient a = sb.connect();
        a.login("admin", "admin123");
        a.request("Action: Filter", "Operation: Add", "Filter: NothingMatchesThis", "ActionID: f");
        assertThat(a.request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
        assertThat(a.request("Action: ListCommands", "ActionID: l").headers().size()).isGreaterThan(5);
    }
}
