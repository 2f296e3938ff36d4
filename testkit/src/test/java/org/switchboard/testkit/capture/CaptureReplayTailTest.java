package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The end of a live replay: what a server sends after a connection's last captured block (and
 * before the replay's closing Ping is answered) is compared too, against a stand-in server.
 */
class CaptureReplayTailTest {
    private static final String LOGGED_IN = "Response: Success\r\nActionID: l\r\nMessage: Authentication accepted\r\n\r\n";
    private static final String LATE = "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: late\r\n\r\n";
    private static final String GOODBYE = "Response: Goodbye\r\nActionID: bye\r\nMessage: Thanks for all the fish.\r\n\r\n";

    /** A login, then nothing: the capture leaves the connection open. */
    private static Capture loginOnly(String conn) {
        return new Script().at("0.1").connect(conn).send(conn, "Action: Login", "Username: user", "Secret: mysecret",
                "ActionID: l").expect(conn, "Response: Success\nActionID: l\nMessage: Authentication accepted")
                .capture("login only");
    }

    private static Script logoff() {
        return new Script().at("0.1").connect("a").send("a", "Action: Logoff", "ActionID: bye").expect("a", GOODBYE);
    }

    private static void replay(ScriptedAmiServer server, Capture capture, ReplayMode mode) {
        new CaptureReplay(server.address(), FieldRules.standard(), Map.of("user", "mysecret"), Duration.ofSeconds(5))
                .run(capture, ReplayOptions.defaults().withMode(mode).withWait(Duration.ofSeconds(5)));
    }

    private static String loginAnswer(List<String> request, String more) {
        return request.contains("Action: Login") ? LOGGED_IN + more : null;
    }

    @Test
    void aServerThatSendsNothingMorePasses() throws IOException {
        try (ScriptedAmiServer server = new ScriptedAmiServer(r -> loginAnswer(r, ""))) {
            assertThatCode(() -> replay(server, loginOnly("a"), ReplayMode.STRICT)).doesNotThrowAnyException();
            assertThatCode(() -> replay(server, loginOnly("a"), ReplayMode.STREAMS)).doesNotThrowAnyException();
        }
    }

    @Test
    void anEventAfterTheLastCapturedBlockFails() throws IOException {
        try (ScriptedAmiServer server = new ScriptedAmiServer(r -> loginAnswer(r, LATE))) {
            assertThatThrownBy(() -> replay(server, loginOnly("a"), ReplayMode.STRICT))
                    .hasMessageContaining("login only, connection 'a', block 3: unexpected extra block (after the last captured one)")
                    .hasMessageContaining("UserEvent: late");
            assertThatThrownBy(() -> replay(server, loginOnly("a"), ReplayMode.STREAMS))
                    .hasMessageContaining("login only, connection 'a': received block 3")
                    .hasMessageContaining("fits no expected block")
                    .hasMessageContaining("UserEvent: late");
        }
    }

    @Test
    void onTheSetupConnectionEventsAfterItsLastRequestAreBeyondTheRecording() throws IOException {
        try (ScriptedAmiServer server = new ScriptedAmiServer(r -> loginAnswer(r, LATE))) {
            assertThatCode(() -> replay(server, loginOnly(Capture.SETUP), ReplayMode.STRICT)).doesNotThrowAnyException();
            assertThatCode(() -> replay(server, loginOnly(Capture.SETUP), ReplayMode.STREAMS)).doesNotThrowAnyException();
        }
    }

    @Test
    void aServerThatDoesNotAnswerTheClosingPingFails() throws IOException {
        try (ScriptedAmiServer server = new ScriptedAmiServer(r -> r.contains("Action: Login") ? LOGGED_IN : "")) {
            assertThatThrownBy(() -> new CaptureReplay(server.address(), FieldRules.standard(), Map.of(), Duration.ofMillis(300))
                    .run(loginOnly("a"), ReplayOptions.defaults().withWait(Duration.ofMillis(300))))
                    .hasMessageContaining("login only, connection 'a': no reply to the replay's closing Ping");
        }
    }

    @Test
    void bytesAfterTheLastBlockBeforeTheServerClosesFail() throws IOException {
        try (ScriptedAmiServer server = new ScriptedAmiServer(r -> r.contains("Action: Logoff") ? GOODBYE + "Response: Foll" : null)) {
            // the capture saw the close, or stopped after the Goodbye
            for (Capture c : List.of(logoff().closed("a").capture("logoff"), logoff().capture("logoff"))) {
                assertThatThrownBy(() -> replay(server, c, ReplayMode.STRICT))
                        .hasMessageContaining("logoff, connection 'a': unexpected bytes after the last captured block,"
                                + " before the server closed the connection:\nResponse: Foll");
            }
        }
        try (ScriptedAmiServer server = new ScriptedAmiServer(r -> r.contains("Action: Logoff") ? GOODBYE : null)) {
            assertThatCode(() -> replay(server, logoff().capture("logoff"), ReplayMode.STRICT)).doesNotThrowAnyException();
        }
    }
}
