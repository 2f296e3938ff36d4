package org.switchboard.pbx.presence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.hint.StateFixture;

/** presencestate.c and func_presencestate.c. */
class PresenceStatesTest {
    private final StateFixture f = new StateFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private PresenceStates states() {
        return f.pbx.presenceStates();
    }

    @Test
    void everyChangeIsPublishedEvenWhenNothingChanged() {
        f.run(() -> {
            states().changed(PresenceState.AWAY, "a", "b", "Test:x");
            states().changed(PresenceState.AWAY, "a", "b", "Test:x");
            states().changed(PresenceState.DND, null, null, "Test:x");
        });
        assertThat(f.takeEvents()).containsExactly("PresenceStateChange Test:x away a b",
                "PresenceStateChange Test:x away a b", "PresenceStateChange Test:x dnd  ");
    }

    @Test
    void notSetAsksTheProvidersAndPublishesNothingWhenTheyCannotTell() {
        f.run(() -> {
            states().addProvider("Test", address -> new Presence(PresenceState.XA, "from", "provider"));
            states().changed(PresenceState.NOT_SET, "ignored", "ignored", "Test:x");
            states().changed(PresenceState.NOT_SET, "ignored", "ignored", "Nosuch:x");
        });
        assertThat(f.takeEvents()).containsExactly("PresenceStateChange Test:x xa from provider");
    }

    @Test
    void severalProvidersCombineStrongestFirst() {
        f.run(() -> {
            states().changed(PresenceState.AVAILABLE, "", "", "A:1");
            states().changed(PresenceState.DND, "busy", "", "A:2");
            states().changed(PresenceState.UNAVAILABLE, "", "gone", "A:3");
        });
        assertThat(f.onCore(() -> states().state("A:1&A:2"))).isEqualTo(new Presence(PresenceState.DND, "busy", null));
        assertThat(f.onCore(() -> states().state("A:1&A:3"))).isEqualTo(
                new Presence(PresenceState.UNAVAILABLE, null, "gone"));
        // a provider nobody registered is invalid; one that is set wins over it
        assertThat(f.onCore(() -> states().state("Nosuch:1&A:1")).state()).isEqualTo(PresenceState.AVAILABLE);
        assertThat(f.onCore(() -> states().state("Nosuch:1")).state()).isEqualTo(PresenceState.INVALID);
        assertThat(f.onCore(() -> states().state("SIP/alice")).state()).isEqualTo(PresenceState.INVALID);
        // without the cache only the providers answer
        assertThat(f.onCore(() -> states().stateNoCache("A:2")).state()).isEqualTo(PresenceState.INVALID);
    }

    @Test
    void customPresenceStoresTheTextAndPublishesTheProviderAsWritten() {
        CustomPresenceStates custom = states().custom();
        assertThat(f.onCore(() -> custom.write("custompresence:Lamp", "AWAY,lunch,back at 2"))).isTrue();
        assertThat(f.takeEvents()).containsExactly("PresenceStateChange custompresence:Lamp away lunch back at 2");
        assertThat(f.onCore(() -> custom.state("Lamp"))).isEqualTo(
                new Presence(PresenceState.AWAY, "lunch", "back at 2"));
        assertThat(f.onCore(() -> custom.state("lamp")))
                .isEqualTo(new Presence(PresenceState.NOT_SET, null, null));
    }

    @Test
    void base64OptionPublishesDecodedAndKeepsTheStoredTextEncoded() {
        CustomPresenceStates custom = states().custom();
        f.run(() -> custom.write("CustomPresence:lamp3", "xa,T24gdmFjYXRpb24=,,e"));
        assertThat(f.takeEvents()).containsExactly("PresenceStateChange CustomPresence:lamp3 xa On vacation ");
        assertThat(f.onCore(() -> custom.state("lamp3"))).isEqualTo(
                new Presence(PresenceState.XA, "On vacation", null));
    }

    @Test
    void parseDataAcceptsWhatFuncPresencestatesOwnTestAccepts() {
        String[][] valid = {
                {"away", "away", "", "", ""}, {"not_set", "not_set", "", "", ""},
                {"unavailable", "unavailable", "", "", ""}, {"available", "available", "", "", ""},
                {"xa", "xa", "", "", ""}, {"chat", "chat", "", "", ""}, {"dnd", "dnd", "", "", ""},
                {"away,down the hall", "away", "down the hall", "", ""},
                {"away,down the hall,Quarterly financial meeting", "away", "down the hall",
                        "Quarterly financial meeting", ""},
                {"away,,Quarterly financial meeting", "away", "", "Quarterly financial meeting", ""},
                {"away,,,e", "away", "", "", "e"},
                {"away,down the hall,,e", "away", "down the hall", "", "e"},
                {"away,down the hall,Quarterly financial meeting,e", "away", "down the hall",
                        "Quarterly financial meeting", "e"},
                {"away,,Quarterly financial meeting,e", "away", "", "Quarterly financial meeting", "e"},
                {"away,,,,e", "away", "", "", ""},
        };
        for (String[] v : valid) {
            CustomPresenceStates.Value parsed = CustomPresenceStates.Value.parse(v[0]);
            assertThat(parsed).as(v[0]).isEqualTo(new CustomPresenceStates.Value(PresenceState.parse(v[1]), v[2],
                    v[3], v[4]));
        }
        for (String invalid : new String[] {"", "bored", "away,,,i"}) {
            assertThat(CustomPresenceStates.Value.parse(invalid)).as(invalid).isNull();
        }
    }

    @Test
    void base64DecodesAsAsteriskDoes() {
        assertThat(CustomPresenceStates.decode("T24gdmFjYXRpb24=", 255)).isEqualTo("On vacation");
        assertThat(CustomPresenceStates.decode("YWJj", 255)).isEqualTo("abc");
        assertThat(CustomPresenceStates.decode("YWJj", 2)).isEqualTo("ab");
        // characters outside the alphabet count as 'A' (zero bits); a NUL ends the text
        assertThat(CustomPresenceStates.decode("Y!Jj", 255)).isEqualTo("`\u0002c");
        assertThat(CustomPresenceStates.decode("AAB4", 255)).isEmpty();
        assertThat(CustomPresenceStates.base64("On vacation")).isEqualTo("T24gdmFjYXRpb24=");
    }
}
