package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.switchboard.e2e.manager.BaseConfig;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The server the hostile-client tests attack, and the checks every one of them ends with: the
 * listener still takes a fresh login, and no client ever saw a Java stack trace.
 */
final class HostileConfig {
    private HostileConfig() { }

    /** On top of BaseConfig's admin (all), reader (user) and callonly (call). */
    static final String USERS = """
            [secmon]
            secret = secpw
            read = security
            write = system

            [patient]
            secret = patientpw
            read = user
            write = user
            writetimeout = 2000
            """;

    /** A server whose [general] section holds {@code generalLines} on top of enabled/bindaddr. */
    static SwitchboardExtension with(String generalLines) {
        return BaseConfig.withUsers(generalLines, USERS, Map.of());
    }

    /**
     * The listener survived: a brand-new connection gets the banner, logs in and is answered
     * (waiting, if the attack still holds authlimit slots, for them to be given back).
     */
    static void assertListenerServes(SwitchboardExtension sb) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (AmiTestClient probe = AmiTestClient.connect(sb.amiAddress())) {
                return "Asterisk Call Manager/11.0.0".equals(probe.banner())
                        && "Success".equals(probe.login("admin", "admin123").header("Response"))
                        && "Pong".equals(probe.request("Action: Ping", "ActionID: alive").header("Ping"));
            } catch (AssertionError | java.io.IOException notYet) {
                return false;
            }
        });
    }

    /** Nothing a client received looks like a Java exception (spec: a clear error, never a stack trace). */
    static void assertNoStackTrace(AmiTestClient... clients) {
        for (AmiTestClient c : clients) {
            assertThat(c.received()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        }
    }
}
