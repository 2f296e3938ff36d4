package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * A Filter whose regular expression java.util.regex would backtrack on for ever (fuzz finding F1:
 * nested repetitions, which glibc matches in linear time). Filters run on the core thread that
 * dispatches every event; the filter is stopped at its deadline and given up, and every other
 * session keeps getting its events.
 */
class RegexFilterBombTest extends HostileTestBase {

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("");
    }

    @Test
    void aPathologicalFilterDoesNotStopEventsForAnyoneElse() {
        AmiTestClient bomber = login("admin", "admin123");
        assertThat(bomber.request("Action: Filter", "Operation: Add", "Filter: ((x+)+)+NOWHERE", "ActionID: f")
                .header("Message")).isEqualTo("Success");
        AmiTestClient bystander = login("reader", "readerpw");
        AmiTestClient producer = login("admin", "admin123");
        for (int i = 0; i < 10; i++) {
            producer.send("Action: UserEvent", "UserEvent: Bomb", "Seq: " + i, "Data: " + "x".repeat(60), "ActionID: b" + i);
        }
        bystander.awaitMessage(0, m -> "9".equals(m.header("Seq")), Duration.ofSeconds(60));
        assertThat(bystander.messages().stream().filter(m -> "Bomb".equals(m.header("UserEvent")))).hasSize(10);
        assertThat(bomber.request("Action: Ping", "ActionID: alive").header("Ping")).isEqualTo("Pong");
        assertThat(bomber.messages().stream().filter(m -> "Bomb".equals(m.header("UserEvent")))).isEmpty();
    }
}
