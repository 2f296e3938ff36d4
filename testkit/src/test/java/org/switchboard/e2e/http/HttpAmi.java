package org.switchboard.e2e.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.testkit.SwitchboardExtension;

/**
 * AMI over HTTP from the client side, with the JDK's HttpClient: GET and POST requests, the
 * {@code mansession_id} cookie carried by hand, and the configuration the tests share.
 */
final class HttpAmi {
    static final String MANAGER_CONF = """
            [general]
            enabled = yes
            webenabled = yes
            port = 5038
            bindaddr = 127.0.0.1
            displayconnects = yes

            [admin]
            secret = admin123
            read = all
            write = all

            [calls]
            secret = callspw
            read = call
            write = call

            [local]
            secret = localpw
            deny = 0.0.0.0/0.0.0.0
            permit = 127.0.0.1/255.255.255.255
            read = system,user
            write = all

            [faraway]
            secret = farpw
            deny = 0.0.0.0/0.0.0.0
            permit = 10.0.0.0/8
            read = all
            write = all

            [single]
            secret = singlepw
            allowmultiplelogin = no
            read = all
            write = all
            """;

    static final String HTTP_CONF = """
            [general]
            enabled = yes
            bindaddr = 127.0.0.1
            bindport = 8088
            """;

    private static final Pattern COOKIE = Pattern.compile("mansession_id=\"([0-9a-f]{8})\"");

    private final SwitchboardExtension server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String cookie;

    HttpAmi(SwitchboardExtension server) {
        this.server = server;
    }

    static SwitchboardExtension server() {
        return SwitchboardExtension.withFiles(Map.of("manager.conf", MANAGER_CONF, "http.conf", HTTP_CONF)).http();
    }

    /** The session id of the last reply's Set-Cookie, which later requests send back. */
    String cookie() {
        return cookie;
    }

    void cookie(String id) {
        this.cookie = id;
    }

    /** GET {@code path?params}, with the session cookie when there is one. */
    HttpResponse<String> get(String path, String... params) {
        String query = params.length == 0 ? "" : "?" + form(params);
        return send(request(path + query).GET());
    }

    /** POST {@code path} with a form body. */
    HttpResponse<String> post(String path, String... params) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params), ISO_8859_1)));
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.httpUri(pathAndQuery)).timeout(Duration.ofSeconds(90));
        if (cookie != null) {
            b.header("Cookie", "mansession_id=\"" + cookie + "\"");
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(ISO_8859_1));
            r.headers().firstValue("Set-Cookie").ifPresent(v -> {
                Matcher m = COOKIE.matcher(v);
                if (m.find()) {
                    cookie = m.group(1);
                }
            });
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return client;
    }

    URI uri(String pathAndQuery) {
        return server.httpUri(pathAndQuery);
    }

    /** {@code name=value&...}, URL-encoded. */
    static String form(String... nameValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parts.add(URLEncoder.encode(nameValues[i], ISO_8859_1) + "=" + URLEncoder.encode(nameValues[i + 1], ISO_8859_1));
        }
        return String.join("&", parts);
    }

    /** Logs in through /rawman (the reply must accept it). */
    void login(String user, String secret) {
        HttpResponse<String> r = get("/rawman", "action", "login", "username", user, "secret", secret);
        if (!r.body().startsWith("Response: Success\r\nMessage: Authentication accepted\r\n")) {
            throw new AssertionError("login as " + user + " failed: " + r.body());
        }
    }
}
