package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * While the server is shutting down every request with an Action is refused with Asterisk's text,
 * before the login gate and the action lookup; only a request without an Action is answered
 * as such first (spec 01 §1.4 steps 1-4; manager.c process_message, ast_shutting_down).
 */
class ShuttingDownTest {
    @RegisterExtension
    SwitchboardExtension sb = BaseConfig.with("");

    @Test
    void requestsAreRefusedInDispatchOrder() {
        AmiTestClient in = sb.login("admin", "admin123");
        AmiTestClient out = sb.connect();
        assertThat(out.banner()).startsWith("Asterisk Call Manager/");
        sb.server().runtime().status().markShuttingDown();

        assertThat(in.request("Action: Ping", "ActionID: 1").headers().lines())
                .containsExactly("Response: Error", "ActionID: 1", "Message: Asterisk is shutting down");
        assertThat(in.request("Action: NoSuchThing", "ActionID: 2").header("Message")).isEqualTo("Asterisk is shutting down");
        assertThat(in.request("ActionID: 3").header("Message")).isEqualTo("Missing action in request");
        // not logged in: this check comes before "Permission denied"
        assertThat(out.request("Action: Ping", "ActionID: 4").header("Message")).isEqualTo("Asterisk is shutting down");
        assertThat(out.request("Action: Login", "Username: admin", "Secret: admin123", "ActionID: 5").header("Message"))
                .isEqualTo("Asterisk is shutting down");
        assertThat(out.isClosed()).isFalse();
    }
}
