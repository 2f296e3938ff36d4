package org.switchboard.e2e.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.ManagerRuntime.Reloader.ReloadResult;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Reloads (spec 01 §5.2, §7.1): manager.conf's enabled and webenabled decide whether the manager
 * URIs exist, webenabled keeps its value when its line is removed; the {@code http} module
 * reload re-reads http.conf from its defaults. Each test has its own server.
 */
class HttpReloadTest {
    @RegisterExtension
    SwitchboardExtension sb = HttpAmi.server();

    private void write(String file, String content) throws IOException {
        Files.writeString(sb.configDir().resolve(file), content, ISO_8859_1);
    }

    private int status(String path) {
        return new HttpAmi(sb).get(path, "action", "ping").statusCode();
    }

    @Test
    void webenabledOffRemovesTheUrisAndRemovingTheLineKeepsItOff() throws IOException {
        assertThat(status("/rawman")).isEqualTo(200);
        write("manager.conf", HttpAmi.MANAGER_CONF.replace("webenabled = yes", "webenabled = no"));
        assertThat(sb.server().reload("manager")).isEqualTo(ReloadResult.SUCCESS);
        assertThat(status("/rawman")).isEqualTo(404);
        assertThat(sb.server().executeCli("http show status").output()).contains("Enabled URI's:\nNone.\n");

        // quirk: webenabled is not reset on reload, so without the line it stays off
        write("manager.conf", HttpAmi.MANAGER_CONF.replace("webenabled = yes\n", ""));
        sb.server().reload("manager");
        assertThat(status("/rawman")).isEqualTo(404);

        write("manager.conf", HttpAmi.MANAGER_CONF + "\n");
        sb.server().reload("manager");
        assertThat(status("/rawman")).isEqualTo(200);
    }

    @Test
    void theUrisNeedTheManagerEnabledToo() throws IOException {
        write("manager.conf", HttpAmi.MANAGER_CONF.replace("enabled = yes\nwebenabled", "enabled = no\nwebenabled"));
        sb.server().reload("manager");
        assertThat(status("/mxml")).isEqualTo(404);
    }

    @Test
    void anHttpReloadStartsFromTheDefaultsAndKeepsTheListener() throws IOException {
        int port = sb.httpAddress().getPort();
        write("http.conf", HttpAmi.HTTP_CONF + "prefix = ami\nservername = Reloaded\n");
        assertThat(sb.server().reload("http")).isEqualTo(ReloadResult.SUCCESS);
        assertThat(status("/ami/rawman")).isEqualTo(200);
        assertThat(status("/rawman")).isEqualTo(404);
        assertThat(new HttpAmi(sb).get("/ami/rawman").headers().firstValue("Server")).hasValue("Reloaded");
        assertThat(sb.httpAddress().getPort()).isEqualTo(port);

        write("http.conf", HttpAmi.HTTP_CONF);
        sb.server().reload("http");
        assertThat(status("/rawman")).isEqualTo(200);
        assertThat(new HttpAmi(sb).get("/rawman").headers().firstValue("Server")).hasValue("Asterisk/22.10.1");
    }

    @Test
    void disablingHttpStopsTheListener() throws Exception {
        var address = sb.httpAddress();
        write("http.conf", HttpAmi.HTTP_CONF.replace("enabled = yes", "enabled = no"));
        sb.server().reload("http");
        assertThat(sb.server().httpAddress()).isEmpty();
        assertThat(sb.server().executeCli("http show status").output()).contains("Server Disabled\n\n");
        boolean refused;
        try (Socket s = new Socket(address.getAddress(), address.getPort())) {
            refused = false;
        } catch (ConnectException e) {
            refused = true;
        }
        assertThat(refused).isTrue();
    }

    @Test
    void withoutABindaddrThereIsNoServer() throws IOException {
        // http.c __ast_http_load: bindaddr has no default; without it the server is not started
        write("http.conf", HttpAmi.HTTP_CONF.replace("bindaddr = 127.0.0.1\n", ""));
        sb.server().reload("http");
        assertThat(sb.server().httpAddress()).isEmpty();
        assertThat(sb.server().executeCli("http show status").output())
                .startsWith("HTTP Server Status:\nPrefix: \nServer: Asterisk/22.10.1\nServer Disabled\n\nEnabled URI's:\n"
                        + "/amanager => HTML Manager Event Interface w/Digest authentication\n");
    }

    @Test
    void keepAliveZeroClosesTheConnectionAfterEveryReply() throws IOException {
        write("http.conf", HttpAmi.HTTP_CONF + "session_keep_alive = 0\n");
        sb.server().reload("http");
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("GET /rawman?action=ping HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(r.header("Connection")).isEqualTo("close");
            assertThat(c.closedWithin(5000)).isTrue();
        }
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedWithoutAReplyAfterSessionKeepAlive() throws IOException {
        // http.c httpd_helper_thread: after a reply the next request is awaited session_keep_alive
        // ms; when none starts, httpd_process_request reads nothing and the connection just closes
        write("http.conf", HttpAmi.HTTP_CONF + "session_keep_alive = 300\n");
        sb.server().reload("http");
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("GET /rawman?action=ping HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(r.header("Connection")).isNull();
            assertThat(c.closedWithin(20_000)).isTrue();
        }
    }

    @Test
    void httptimeoutIsReadAgainOnReloadButOnlyAPositiveValueReplacesIt() throws IOException {
        // manager.c __init_manager: newhttptimeout starts at 60 and is applied only when > 0
        write("manager.conf", HttpAmi.MANAGER_CONF.replace("webenabled = yes", "webenabled = yes\nhttptimeout = 120"));
        sb.server().reload("manager");
        assertThat(maxAge()).isEqualTo("120");
        write("manager.conf", HttpAmi.MANAGER_CONF.replace("webenabled = yes", "webenabled = yes\nhttptimeout = 0"));
        sb.server().reload("manager");
        assertThat(maxAge()).isEqualTo("120");
        write("manager.conf", HttpAmi.MANAGER_CONF);
        sb.server().reload("manager");
        assertThat(maxAge()).isEqualTo("60");
        assertThat(sb.server().executeCli("manager show settings").output())
                .contains("\n  HTTP Timeout (seconds):    60             \n");
    }

    private String maxAge() {
        String cookie = new HttpAmi(sb).get("/rawman", "action", "ping").headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(cookie.indexOf("; Max-Age=") + "; Max-Age=".length());
    }

    @Test
    void anEmptyServerNameLeavesTheHeaderAndTheAddressOut() throws IOException {
        write("http.conf", HttpAmi.HTTP_CONF + "servername =\n");
        sb.server().reload("http");
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("GET /none HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(r.headerNames()).containsExactly("Date", "Cache-Control", "Content-type", "Content-Length");
            assertThat(r.body()).endsWith("<hr />\r\n</body></html>\r\n");
        }
    }

    @Test
    void connectionsPastTheSessionLimitAreClosedAtOnce() throws IOException {
        write("http.conf", HttpAmi.HTTP_CONF + "sessionlimit = 1\n");
        sb.server().reload("http");
        try (RawHttp first = new RawHttp(sb.httpAddress())) {
            first.send("GET /rawman?action=ping HTTP/1.1\r\nHost: x\r\n\r\n").read();
            try (RawHttp second = new RawHttp(sb.httpAddress())) {
                assertThat(second.closedWithin((int) Duration.ofSeconds(5).toMillis())).isTrue();
            }
        }
    }
}
