package org.switchboard.e2e.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The config reader's directives seen through a running server (spec 01 §5.1, config.c): users
 * that come from {@code #include} with a wildcard, from a template, and from {@code #exec}, which
 * only runs when asterisk.conf [options] execincludes is on.
 */
class ConfigDirectivesTest {
    private static final String MANAGER_CONF = """
            [general]
            enabled = yes
            bindaddr = 127.0.0.1

            [staff](!)          ; a template: never a user itself
            read = all
            write = all

            [admin](staff)
            secret = pw
            #include "users-*.conf"
            #exec printf '[execuser]\\nsecret = execpw\\nread = all\\nwrite = all\\n'
            """;

    private static SwitchboardExtension server(String asteriskConf) {
        return SwitchboardExtension.withFiles(Map.of(
                "asterisk.conf", asteriskConf,
                "manager.conf", MANAGER_CONF,
                "users-1.conf", "[inc1](staff)\nsecret = pw1\n",
                "users-2.conf", "[inc2](staff)\nsecret = pw2\n"));
    }

    private static String loginResponse(SwitchboardExtension sb, String user, String secret) {
        AmiTestClient c = sb.connect();
        c.send("Action: Login", "Username: " + user, "Secret: " + secret, "ActionID: l");
        return c.awaitMessage(0, m -> "l".equals(m.actionId()), Duration.ofSeconds(10)).header("Message");
    }

    @Nested
    class WithoutExecIncludes {
        @RegisterExtension
        SwitchboardExtension sb = server("[options]\nverbose = 0\n");

        @Test
        void wildcardIncludesAndTemplatesMakeUsersAndExecIsRefused() {
            assertThat(loginResponse(sb, "inc1", "pw1")).isEqualTo("Authentication accepted");
            assertThat(loginResponse(sb, "inc2", "pw2")).isEqualTo("Authentication accepted");
            assertThat(sb.login("admin", "pw").request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
            // the template is no user, and the #exec line was skipped with a warning
            assertThat(loginResponse(sb, "staff", "")).isEqualTo("Authentication failed");
            assertThat(loginResponse(sb, "execuser", "execpw")).isEqualTo("Authentication failed");
        }
    }

    @Nested
    class WithExecIncludes {
        @RegisterExtension
        SwitchboardExtension sb = server("[options]\nexecincludes = yes\n");

        @Test
        void theOutputOfExecIsReadAsPartOfTheFile() {
            assertThat(loginResponse(sb, "execuser", "execpw")).isEqualTo("Authentication accepted");
            assertThat(loginResponse(sb, "inc2", "pw2")).isEqualTo("Authentication accepted");
        }
    }
}
