package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** manager.conf [general] options as the manager CLI shows them (spec 01 §5.2, §10). */
class GeneralOptionsTest {
    @Nested
    class ChannelVars {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("channelvars = FOO, HASH(a,b)\n");

        @Test
        void showSettingsPrintsTheValueAsWritten() {
            // manager.c keeps the raw channelvars string for the CLI (load_channelvars)
            AmiTestClient c = sb.login("admin", "admin123");
            assertThat(ManagerCliTest.run(c, "manager show settings")).contains("  Channel vars:              FOO, HASH(a,b)");
        }
    }

    @Nested
    class Ipv6Listener {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("bindaddr = ::\n");

        @Test
        void showConnectedPrintsAnIpv6ClientAsInetNtopDoes() throws IOException {
            // ast_sockaddr_stringify_addr: getnameinfo's numeric text, no brackets, "::1"
            AmiTestClient v6 = sb.track(AmiTestClient.connect(new InetSocketAddress("::1", sb.amiAddress().getPort())));
            assertThat(v6.login("admin", "admin123").header("Response")).isEqualTo("Success");
            assertThat(ManagerCliTest.run(v6, "manager show connected"))
                    .anyMatch(l -> l.startsWith("  admin            " + String.format("%-55s", "::1") + "  "));
            // the configured address (the test harness listens on a port of its own choosing)
            assertThat(ManagerCliTest.run(v6, "manager show settings")).contains("  TCP Bindaddress:           [::]:5038      ");
        }
    }
}
