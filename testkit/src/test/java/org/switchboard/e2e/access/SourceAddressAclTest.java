package org.switchboard.e2e.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Users' ACLs against clients that really connect from 127.0.0.1 ... 127.0.0.6 (spec 01 §2.3
 * step 4, §6; acl.c ast_apply_acl): permit and deny lists with netmasks in both notations,
 * inverted items, named ACLs from acl.conf, a base list and named ACLs together, and an undefined
 * named ACL. The verdicts are written out by hand from the spec's rules. A refused address still
 * gets the banner (the ACL is checked at login only), fails like a wrong password, and is reported
 * as FailedACL with its real address.
 */
class SourceAddressAclTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", """
                    [general]
                    enabled = yes
                    bindaddr = 127.0.0.1
                    authlimit = 100

                    [secmon]
                    secret = pw
                    read = security
                    permit = 127.0.0.1

                    [lan]
                    secret = pw
                    deny = 0.0.0.0/0.0.0.0
                    permit = 127.0.0.0/255.255.255.252

                    [notfour]
                    secret = pw
                    permit = 0.0.0.0/0
                    deny = 127.0.0.4

                    [inverted]
                    secret = pw
                    permit = !127.0.0.0/30

                    [pair]
                    secret = pw
                    deny = 0.0.0.0/0
                    permit = 127.0.0.4/31

                    [named]
                    secret = pw
                    acl = evens

                    [both]
                    secret = pw
                    deny = 127.0.0.6
                    acl = evens, notthree

                    [ghost]
                    secret = pw
                    acl = nosuchacl
                    """,
            "acl.conf", """
                    [evens]
                    deny = 0.0.0.0/0.0.0.0
                    permit = 127.0.0.2,127.0.0.4,127.0.0.6

                    [notthree]
                    deny = 127.0.0.3/32
                    """));

    /** Who may log in from which last octet of 127.0.0.x. */
    private static final Map<String, Set<Integer>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("lan", Set.of(1, 2, 3));            // 127.0.0.0/30 only
        ALLOWED.put("notfour", Set.of(1, 2, 3, 5, 6));  // everything, then .4 denied
        ALLOWED.put("inverted", Set.of(4, 5, 6));       // "!" turns the permit into a deny
        ALLOWED.put("pair", Set.of(4, 5));              // /31
        ALLOWED.put("named", Set.of(2, 4, 6));          // acl.conf [evens]
        ALLOWED.put("both", Set.of(2, 4));              // base list and every named ACL must allow
        ALLOWED.put("ghost", Set.of());                 // an undefined named ACL denies everyone
    }

    @Test
    void everyUserFromEverySourceAddressGetsTheVerdictOfItsAcl() throws Exception {
        AmiTestClient monitor = sb.login("secmon", "pw");
        monitor.awaitEvent("SuccessfulAuth");
        Map<String, AmiTestClient> attempts = new LinkedHashMap<>();
        for (String user : ALLOWED.keySet()) {
            for (int octet = 1; octet <= 6; octet++) {
                AmiTestClient c = sb.track(AmiTestClient.connectFrom(InetAddress.getByName("127.0.0." + octet), sb.amiAddress()));
                // nothing is checked at connect time: every address gets the banner
                assertThat(c.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
                c.send("Action: Login", "Username: " + user, "Secret: pw", "ActionID: " + user + "-" + octet);
                attempts.put(user + "-" + octet, c);
            }
        }
        // the failures' one-second delays run side by side: all answers are in within seconds
        for (Map.Entry<String, AmiTestClient> a : attempts.entrySet()) {
            String user = a.getKey().substring(0, a.getKey().indexOf('-'));
            int octet = Integer.parseInt(a.getKey().substring(a.getKey().indexOf('-') + 1));
            AmiMessage reply = a.getValue().awaitMessage(0, m -> a.getKey().equals(m.actionId()), Duration.ofSeconds(20));
            boolean allowed = ALLOWED.get(user).contains(octet);
            assertThat(reply.header("Message")).as("%s from 127.0.0.%d", user, octet)
                    .isEqualTo(allowed ? "Authentication accepted" : "Authentication failed");
        }
        // each refusal is a FailedACL naming the account and the address it really came from
        for (String user : ALLOWED.keySet()) {
            for (int octet = 1; octet <= 6; octet++) {
                if (ALLOWED.get(user).contains(octet)) {
                    continue;
                }
                String from = "IPV4/TCP/127.0.0." + octet + "/";
                AmiMessage failed = monitor.awaitMessage(0, m -> "FailedACL".equals(m.header("Event"))
                        && user.equals(m.header("AccountID")) && m.header("RemoteAddress").startsWith(from),
                        AmiTestClient.DEFAULT_WAIT);
                assertThat(failed.header("Severity")).isEqualTo("Error");
            }
        }
        long refusals = ALLOWED.values().stream().mapToLong(s -> 6 - s.size()).sum();
        assertThat(monitor.messages().stream().filter(m -> "FailedACL".equals(m.header("Event")))).hasSize((int) refusals);
    }

    @Test
    void aLoggedInSessionKeepsGoingWhenItsAddressIsDeniedByAReload() throws Exception {
        try (AmiTestClient from5 = AmiTestClient.connectFrom(InetAddress.getByName("127.0.0.5"), sb.amiAddress())) {
            assertThat(from5.login("notfour", "pw").header("Response")).isEqualTo("Success");
            String conf = Files.readString(sb.configDir().resolve("manager.conf"));
            Files.writeString(sb.configDir().resolve("manager.conf"),
                    conf.replace("deny = 127.0.0.4", "deny = 127.0.0.4,127.0.0.5"));
            sb.server().reload("manager");
            try {
                // spec 01 §5.4: sessions keep what they had at login; the next login from .5 is refused
                assertThat(from5.request("Action: Ping", "ActionID: still").header("Ping")).isEqualTo("Pong");
                try (AmiTestClient again = AmiTestClient.connectFrom(InetAddress.getByName("127.0.0.5"), sb.amiAddress())) {
                    assertThat(again.login("notfour", "pw").header("Message")).isEqualTo("Authentication failed");
                }
            } finally {
                Files.writeString(sb.configDir().resolve("manager.conf"), conf);
                sb.server().reload("manager");
            }
        }
    }
}
