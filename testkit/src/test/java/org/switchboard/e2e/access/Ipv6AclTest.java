package org.switchboard.e2e.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * ACL rules against a client that really connects over IPv6 (::1) and one over IPv4 (127.0.0.1),
 * on a listener bound to {@code ::} (spec 01 §6; acl.c ast_apply_ha): IPv6 rules with a prefix
 * length or a colon netmask, rules of the other family skipped, and a host name, which is not a
 * numeric address, deleting the user.
 */
class Ipv6AclTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of("manager.conf", """
            [general]
            enabled = yes
            bindaddr = ::

            [admin]
            secret = pw
            read = all
            write = all

            ; only ::1 among IPv6 clients; IPv4 clients meet no rule and are allowed
            [v6prefix]
            secret = pw
            deny = ::/0
            permit = ::1/128

            ; the same with a colon netmask, written with brackets
            [v6mask]
            secret = pw
            deny = ::/::
            permit = [::1]/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff

            ; IPv4 rules only: the IPv6 client meets none of them
            [v4only]
            secret = pw
            deny = 0.0.0.0/0

            ; not a numeric address: an invalid ACL, the user is deleted
            [byname]
            secret = pw
            permit = localhost
            """));

    private static String loginFrom(String host, String user) throws IOException {
        try (AmiTestClient c = AmiTestClient.connect(new InetSocketAddress(host, sb.amiAddress().getPort()))) {
            return c.login(user, "pw").header("Message");
        }
    }

    @Test
    void ipv6RulesJudgeIpv6ClientsAndSkipIpv4Ones() throws IOException {
        assertThat(loginFrom("::1", "v6prefix")).isEqualTo("Authentication accepted");
        assertThat(loginFrom("127.0.0.1", "v6prefix")).isEqualTo("Authentication accepted");
        assertThat(loginFrom("::1", "v6mask")).isEqualTo("Authentication accepted");
    }

    @Test
    void ipv4RulesSkipIpv6Clients() throws IOException {
        assertThat(loginFrom("127.0.0.1", "v4only")).isEqualTo("Authentication failed");
        assertThat(loginFrom("::1", "v4only")).isEqualTo("Authentication accepted");
    }

    @Test
    void aHostNameIsAnInvalidAclAndTheUserIsDeleted() throws IOException {
        assertThat(loginFrom("::1", "byname")).isEqualTo("Authentication failed");
        AmiTestClient admin = sb.login("admin", "pw");
        assertThat(admin.request("Action: Command", "Command: manager show user byname", "ActionID: u").headers().lines())
                .contains("Output: There is no manager called byname");
    }

    @Test
    void showUserDumpsIpv6RulesAsInetNtopPrintsThem() {
        AmiTestClient admin = sb.login("admin", "pw");
        // acl.c ast_ha_output: "%3d: allow|  deny - <addr>/<mask>", both printed as addresses
        assertThat(admin.request("Action: Command", "Command: manager show user v6prefix", "ActionID: u").headers().lines())
                .containsSubsequence("Output: ACL: (unnamed)",
                        "Output: ---------------------------------------------",
                        "Output:   0:  deny - ::/::",
                        "Output:   1: allow - ::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    }
}
