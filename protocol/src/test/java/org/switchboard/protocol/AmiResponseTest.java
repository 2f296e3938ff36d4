package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reply layout of spec 01 §1.5, checked against captures/A01 and B01. */
class AmiResponseTest {

    @Test
    void actionIdIsTheSecondLine() {
        assertThat(AmiResponse.success("Authentication accepted").encode("login-1"))
                .isEqualTo("Response: Success\r\nActionID: login-1\r\nMessage: Authentication accepted\r\n\r\n");
    }

    @Test
    void anEmptyActionIdIsLeftOut() {
        assertThat(AmiResponse.error(AmiError.MISSING_ACTION).encode(""))
                .isEqualTo("Response: Error\r\nMessage: Missing action in request\r\n\r\n");
    }

    @Test
    void goodbyeIsAsCaptured() {
        assertThat(AmiResponse.GOODBYE.encode("bye"))
                .isEqualTo("Response: Goodbye\r\nActionID: bye\r\nMessage: Thanks for all the fish.\r\n\r\n");
    }

    @Test
    void listAckSaysStartInLowerCaseBeforeTheMessage() {
        assertThat(AmiResponse.listAck("Channels will follow").encode("7"))
                .isEqualTo("Response: Success\r\nActionID: 7\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\n");
    }

    @Test
    void startAckCarriesOnlyItsOwnHeaders() {
        assertThat(AmiResponse.startAck().with("Challenge", "182008023").encode("c1"))
                .isEqualTo("Response: Success\r\nActionID: c1\r\nChallenge: 182008023\r\n\r\n");
    }

    @Test
    void unknownActionEchoesTheNameAsSent() {
        assertThat(AmiError.unknownAction("FlyToTheMoon"))
                .isEqualTo("Invalid/unknown command: FlyToTheMoon. Use Action: ListCommands to show available commands.");
    }

    @Test
    void unknownActionTextStopsAt511Characters() {
        String fits = "a".repeat(511 - 25 - 54);
        assertThat(AmiError.unknownAction(fits)).hasSize(511).endsWith(fits + ". Use Action: ListCommands to show available commands.");
        assertThat(AmiError.unknownAction(fits + "b")).hasSize(511).endsWith(fits + "b. Use Action: ListCommands to show available commands")
                .doesNotEndWith(".");
        assertThat(AmiError.unknownAction("c".repeat(1000))).isEqualTo("Invalid/unknown command: " + "c".repeat(511 - 25));
    }

    @Test
    void cEscapingCoversAsterisksList() {
        assertThat(CEscape.escape("a\u0007\b\f\n\r\t\u000b\\'\"?z")).isEqualTo("a\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\?z");
        assertThat(CEscape.escape("plain")).isSameAs("plain");
    }
}
