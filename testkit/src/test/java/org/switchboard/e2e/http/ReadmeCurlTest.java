package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The README's curl block, run as written with the real {@code curl} binary (through {@code sh},
 * in a scratch directory that holds the cookie jar) against the bundled configuration: log in
 * through /rawman, ping with the cookie, originate to bob, read the call's events with WaitEvent,
 * log off, then ping through /arawman with Digest. Only the address and the admin secret are
 * substituted. Expected texts: manager.c (action_login, action_ping, action_originate,
 * action_waitevent, action_logoff) and spec 01 §7.
 */
class ReadmeCurlTest {
    private static final String SECRET = "readme-secret";
    private static final String README_BASE = "http://127.0.0.1:8088";
    private static final Pattern ACTION = Pattern.compile("[?&]action=(\\w+)");

    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Bundled.ETC)
            .file("manager.conf", Bundled.file("manager.conf").replace("__ADMIN_SECRET__", SECRET))
            .http();

    @TempDir
    Path scratch;

    /** The {@code curl} lines of the README's "AMI over HTTP" shell block, in order. */
    static List<String> readmeCurlLines() {
        String readme = Bundled.read(Bundled.README);
        int section = readme.indexOf("## AMI over HTTP");
        assertThat(section).as("README section 'AMI over HTTP'").isNotNegative();
        int start = readme.indexOf("```sh\n", section);
        int end = readme.indexOf("```", start + 6);
        List<String> lines = new ArrayList<>();
        for (String line : readme.substring(start + 6, end).split("\n")) {
            if (line.startsWith("curl ")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String action(String line) {
        Matcher m = ACTION.matcher(line);
        assertThat(m.find()).as("an action in %s", line).isTrue();
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    private static void requireCurl() {
        try {
            Process p = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fail("the curl binary is needed to run the README's commands: install it (apt-get install curl)");
    }

    /** Runs one README line through sh, with the test server's address and secret. */
    private String run(String readmeLine) throws Exception {
        String base = sb.httpUri("").toString();
        String line = readmeLine.replace(README_BASE, base).replace("<secret>", SECRET);
        Process p = new ProcessBuilder("sh", "-c", line).directory(scratch.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("curl finished: %s", line).isTrue();
        assertThat(p.exitValue()).as("curl's exit status for %s (%s)", line, err).isZero();
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void theReadmesCurlSessionLogsInPingsOriginatesReadsTheCallsEventsAndLogsOff() throws Exception {
        requireCurl();
        List<String> lines = readmeCurlLines();
        assertThat(lines).extracting(ReadmeCurlTest::action)
                .containsExactly("login", "ping", "originate", "waitevent", "logoff", "ping");
        assertThat(lines.get(0)).contains("/rawman?").contains(" -c ami.cookies ");
        lines.subList(1, 5).forEach(l -> assertThat(l).contains("/rawman?").contains(" -b ami.cookies "));
        assertThat(lines.get(5)).contains("/arawman?").contains("--digest");
        lines.forEach(l -> assertThat(l).as("the address the test replaces").contains(README_BASE + "/"));

        assertThat(run(lines.get(0))).isEqualTo("Response: Success\r\nMessage: Authentication accepted\r\n\r\n");
        assertThat(run(lines.get(1))).matches("Response: Success\r\nPing: Pong\r\nTimestamp: \\d+\\.\\d{6}\r\n\r\n");
        assertThat(run(lines.get(2)))
                .isEqualTo("Response: Success\r\nActionID: web1\r\nMessage: Originate successfully queued\r\n\r\n");

        // each WaitEvent returns what was queued since the last one; the call lasts a few seconds
        List<String> events = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (events.stream().noneMatch(e -> e.startsWith("Event: Hangup\r\n")) && System.nanoTime() < deadline) {
            String reply = run(lines.get(3));
            assertThat(reply).startsWith("Response: Success\r\nMessage: Waiting for Event completed.\r\n\r\n")
                    .endsWith("Event: WaitEventComplete\r\n\r\n");
            for (String block : reply.split("\r\n\r\n")) {
                if (block.startsWith("Event: ") && !block.equals("Event: WaitEventComplete")) {
                    events.add(block + "\r\n");
                }
            }
        }
        assertThat(events).anySatisfy(e -> assertThat(e).startsWith("Event: Newchannel\r\nPrivilege: call,all\r\n")
                .contains("\r\nChannel: PJSIP/bob-"));
        assertThat(events).anySatisfy(e -> assertThat(e).startsWith("Event: OriginateResponse\r\nPrivilege: call,all\r\n")
                .contains("\r\nActionID: web1\r\n").contains("\r\nResponse: Success\r\n")
                .contains("\r\nChannel: PJSIP/bob-").contains("\r\nExten: 100\r\n"));
        assertThat(events).anySatisfy(e -> assertThat(e).startsWith("Event: Newexten\r\n")
                .contains("\r\nApplication: Wait\r\n"));
        assertThat(events).anySatisfy(e -> assertThat(e).startsWith("Event: Hangup\r\nPrivilege: call,all\r\n")
                .contains("\r\nChannel: PJSIP/bob-"));

        assertThat(run(lines.get(4))).isEqualTo("Response: Goodbye\r\nMessage: Thanks for all the fish.\r\n\r\n");
        assertThat(run(lines.get(5)))
                .matches("Response: Success\r\nActionID: 42\r\nPing: Pong\r\nTimestamp: \\d+\\.\\d{6}\r\n\r\n");
    }
}
