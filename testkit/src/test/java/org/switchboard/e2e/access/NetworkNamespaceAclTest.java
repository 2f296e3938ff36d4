package org.switchboard.e2e.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * ACLs against clients in other network namespaces (spec 01 §6): two namespaces, each joined to
 * this one by its own veth pair on a private /30, log in to a server bound to this side of the
 * first pair. The user's ACL permits the first namespace's address only, so the same credentials
 * work from one namespace and fail (FailedACL, with that namespace's address) from the other.
 *
 * <p>Needs root (CAP_NET_ADMIN), iproute2 and bash; elsewhere it is skipped, saying why. The
 * addresses exist only on the test's own veth links, which are gone when it ends.
 */
class NetworkNamespaceAclTest {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);
    private static final String SUFFIX = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
    /** 10.R.S.0/30 and 10.R.S.4/30, picked at random so that parallel runs do not collide. */
    private static final String NET = "10." + ThreadLocalRandom.current().nextInt(64, 250) + "."
            + ThreadLocalRandom.current().nextInt(1, 250) + ".";
    private static final String HOST_A = NET + "1";
    private static final String NS_A = NET + "2";
    private static final String HOST_B = NET + "5";
    private static final String NS_B = NET + "6";

    private static final List<String> namespaces = new ArrayList<>();
    private static SwitchboardExtension sb;

    @BeforeAll
    static void createNamespacesAndServer() throws Exception {
        Assumptions.assumeTrue(isLinux(), "network namespaces need Linux");
        String problem = tryCommand("ip", "netns", "add", "sbacl-a-" + SUFFIX);
        Assumptions.assumeTrue(problem == null,
                () -> "skipped: cannot create a network namespace (needs root / CAP_NET_ADMIN and iproute2): " + problem);
        namespaces.add("sbacl-a-" + SUFFIX);
        join("sbacl-a-" + SUFFIX, "sbha" + SUFFIX, "sbna" + SUFFIX, HOST_A, NS_A);
        run("ip", "netns", "add", "sbacl-b-" + SUFFIX);
        namespaces.add("sbacl-b-" + SUFFIX);
        join("sbacl-b-" + SUFFIX, "sbhb" + SUFFIX, "sbnb" + SUFFIX, HOST_B, NS_B);
        // namespace B reaches the server's address (on link A) through its own link to this side
        run("ip", "netns", "exec", "sbacl-b-" + SUFFIX, "ip", "route", "add", "default", "via", HOST_B);
        run("ip", "netns", "exec", "sbacl-a-" + SUFFIX, "ip", "route", "add", "default", "via", HOST_A);

        sb = SwitchboardExtension.withFiles(Map.of("manager.conf", """
                [general]
                enabled = yes
                bindaddr = %s

                [secmon]
                secret = pw
                read = security

                [remote]
                secret = pw
                read = user
                write = user
                deny = 0.0.0.0/0.0.0.0
                permit = %s/255.255.255.255
                """.formatted(HOST_A, NS_A)));
        sb.start();
    }

    @AfterAll
    static void removeNamespacesAndServer() throws Exception {
        if (sb != null) {
            sb.stop();
        }
        for (String ns : namespaces) {
            tryCommand("ip", "netns", "del", ns);   // the veth pairs go with their namespace
        }
    }

    @Test
    void theSameCredentialsWorkFromThePermittedNamespaceOnly() throws Exception {
        try (AmiTestClient monitor = AmiTestClient.connect(sb.amiAddress())) {
            monitor.login("secmon", "pw");
            monitor.awaitEvent("SuccessfulAuth");

            String fromA = loginFromNamespace("sbacl-a-" + SUFFIX);
            assertThat(fromA).startsWith("Asterisk Call Manager/11.0.0\r\n")
                    .contains("Response: Success\r\nActionID: ns\r\nMessage: Authentication accepted\r\n");

            String fromB = loginFromNamespace("sbacl-b-" + SUFFIX);
            assertThat(fromB).startsWith("Asterisk Call Manager/11.0.0\r\n")
                    .contains("Response: Error\r\nActionID: ns\r\nMessage: Authentication failed\r\n");

            AmiMessage failed = monitor.awaitMessage(0, m -> "FailedACL".equals(m.header("Event")), AmiTestClient.DEFAULT_WAIT);
            assertThat(failed.header("AccountID")).isEqualTo("remote");
            assertThat(failed.header("RemoteAddress")).startsWith("IPV4/TCP/" + NS_B + "/");
            assertThat(failed.header("LocalAddress")).isEqualTo("IPV4/TCP/" + HOST_A + "/" + sb.amiAddress().getPort());
        }
    }

    /** Logs in as "remote" with bash's /dev/tcp from inside {@code ns}; returns all it received. */
    private static String loginFromNamespace(String ns) throws Exception {
        String script = "exec 3<>/dev/tcp/" + HOST_A + "/" + sb.amiAddress().getPort() + " && "
                + "printf 'Action: Login\\r\\nUsername: remote\\r\\nSecret: pw\\r\\nActionID: ns\\r\\n\\r\\n"
                + "Action: Logoff\\r\\n\\r\\n' >&3 && cat <&3";
        // the server ends the session (Logoff, or the refused login), so cat ends too; a reset is
        // an answer as well, so the exit status is not checked
        return output(false, "ip", "netns", "exec", ns, "timeout", "15", "bash", "-c", script);
    }

    private static void join(String ns, String hostSide, String nsSide, String hostAddress, String nsAddress)
            throws Exception {
        run("ip", "link", "add", hostSide, "type", "veth", "peer", "name", nsSide);
        run("ip", "link", "set", nsSide, "netns", ns);
        run("ip", "addr", "add", hostAddress + "/30", "dev", hostSide);
        run("ip", "link", "set", hostSide, "up");
        run("ip", "netns", "exec", ns, "ip", "addr", "add", nsAddress + "/30", "dev", nsSide);
        run("ip", "netns", "exec", ns, "ip", "link", "set", nsSide, "up");
        run("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up");
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase().contains("linux");
    }

    /** Runs a command; null when it worked, else what went wrong. */
    private static String tryCommand(String... command) {
        try {
            run(command);
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /** Runs a command; throws with its output when it fails. */
    private static void run(String... command) throws IOException, InterruptedException {
        output(true, command);
    }

    /** Runs a command (at most COMMAND_TIMEOUT) and returns what it printed. */
    private static String output(boolean mustSucceed, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": no answer in " + COMMAND_TIMEOUT);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        if (mustSucceed && p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": " + out.strip());
        }
        return out;
    }
}
