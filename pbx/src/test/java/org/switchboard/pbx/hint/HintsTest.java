package org.switchboard.pbx.hint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.pbx.dialplan.Dialplan;
import org.switchboard.pbx.dialplan.HintExpander;
import org.switchboard.pbx.dialplan.Priority;
import org.switchboard.pbx.presence.PresenceState;

/** pbx.c's hints: initial reports, device and presence updates, pattern hints, reloads and edits. */
class HintsTest {
    private static final String PLAN = """
            [default]
            exten => 100,hint,Custom:a&Custom:b,CustomPresence:a
            exten => 100,1,NoOp()
            exten => 200,hint,Custom:c
            exten => _3XX,hint,Custom:${EXTEN}
            exten => _4XX,hint,Custom:shared
            """;

    private final StateFixture f = new StateFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private void device(String device, DeviceState state) {
        f.run(() -> f.pbx.deviceStates().changed(device, state, true));
    }

    private List<String> hintLines() {
        return f.onCore(() -> f.pbx.hints().all().stream()
                .map(h -> h.exten() + "@" + h.context() + " " + h.app() + " " + h.lastState() + " "
                        + h.lastPresence().text()).toList());
    }

    @Test
    void aLoadReportsEveryHintButDynamicPatternsWithTheHintTheOldDialplanHad() {
        f.loadDialplan(PLAN);
        // the first load: nothing was live, so no Hint text yet
        assertThat(f.takeEvents()).containsExactly("ExtensionStatus 100@default 0 []",
                "ExtensionStatus 200@default 0 []", "ExtensionStatus _4XX@default 0 []");
        // in the hints container's order (buckets of ast_str_case_hash: 100=24, 200=53, _4XX=85, _3XX=130);
        // a dynamic pattern hint holds a device state (INVALID, 4) and an invalid presence
        assertThat(hintLines()).containsExactly(
                "100@default Custom:a&Custom:b,CustomPresence:a 0 not_set",
                "200@default Custom:c 0 not_set",
                "_4XX@default Custom:shared 0 not_set",
                "_3XX@default Custom:${EXTEN} 4 ");
    }

    @Test
    void aReloadMakesEveryHintNewAndReportsItsStateAgain() {
        f.loadDialplan(PLAN);
        device("Custom:c", DeviceState.BUSY);
        f.takeEvents();
        f.loadDialplan("""
                [default]
                exten => 100,hint,Custom:a&Custom:b,CustomPresence:a
                exten => 200,hint,Custom:d
                exten => 500,hint,Custom:c
                """);
        // 200 reports its new devices' state under the hint text the old dialplan gave; 500 is new
        assertThat(f.takeEvents()).containsExactly("ExtensionStatus 100@default 0 [Custom:a&Custom:b,CustomPresence:a]",
                "ExtensionStatus 200@default 0 [Custom:c]", "ExtensionStatus 500@default 2 []");
        assertThat(hintLines()).containsExactly("100@default Custom:a&Custom:b,CustomPresence:a 0 not_set",
                "200@default Custom:d 0 not_set", "500@default Custom:c 2 not_set");
        // the removed hints no longer listen
        device("Custom:shared", DeviceState.INUSE);
        assertThat(f.takeEvents()).containsExactly("DeviceStateChange Custom:shared INUSE");
    }

    @Test
    void devicesAggregateAndOnlyChangesAreReported() {
        f.loadDialplan(PLAN);
        f.takeEvents();
        device("Custom:a", DeviceState.RINGING);
        device("Custom:b", DeviceState.INUSE);
        device("custom:A", DeviceState.NOT_INUSE);     // another device, named in no hint's case
        device("Custom:b", DeviceState.BUSY);
        assertThat(f.takeEvents()).containsExactly(
                "DeviceStateChange Custom:a RINGING", "ExtensionStatus 100@default 8 [Custom:a&Custom:b,CustomPresence:a]",
                "DeviceStateChange Custom:b INUSE", "ExtensionStatus 100@default 9 [Custom:a&Custom:b,CustomPresence:a]",
                "DeviceStateChange custom:A NOT_INUSE",
                "DeviceStateChange Custom:b BUSY");
        assertThat(f.onCore(() -> f.pbx.hints().extensionState("default", "100"))).isEqualTo(9);
    }

    @Test
    void presenceReachesTheHintsThatNameTheProvider() {
        f.loadDialplan(PLAN);
        f.takeEvents();
        f.run(() -> f.pbx.presenceStates().changed(PresenceState.AWAY, "lunch", "back at 2", "CustomPresence:A"));
        f.run(() -> f.pbx.presenceStates().changed(PresenceState.AWAY, "lunch", "back at 2", "CustomPresence:a"));
        f.run(() -> f.pbx.presenceStates().changed(PresenceState.AWAY, "lunch", "", "CustomPresence:a"));
        assertThat(f.takeEvents()).containsExactly(
                "PresenceStateChange CustomPresence:A away lunch back at 2",
                "PresenceStatus 100@default away lunch back at 2",
                "PresenceStateChange CustomPresence:a away lunch back at 2",
                "PresenceStateChange CustomPresence:a away lunch ",
                "PresenceStatus 100@default away lunch ");
    }

    @Test
    void aPatternHintIsMadeTheExtensionsOwnWhenItsStateIsAsked() {
        f.loadDialplan(PLAN);
        device("Custom:301", DeviceState.INUSE);
        f.takeEvents();
        assertThat(f.onCore(() -> f.pbx.hints().extensionState("default", "301"))).isEqualTo(1);
        // ${EXTEN} was expanded for the new hint, which reported its initial state
        assertThat(f.takeEvents()).containsExactly("ExtensionStatus 301@default 1 [Custom:301]");
        assertThat(f.onCore(() -> f.pbx.hints().hintText("default", "301"))).isEqualTo("Custom:301");
        assertThat(f.onCore(() -> f.pbx.hints().extensionState("default", "301"))).isEqualTo(1);
        assertThat(f.takeEvents()).isEmpty();
        device("Custom:301", DeviceState.NOT_INUSE);
        assertThat(f.takeEvents()).containsExactly("DeviceStateChange Custom:301 NOT_INUSE",
                "ExtensionStatus 301@default 0 [Custom:301]");
        assertThat(f.onCore(() -> f.pbx.hints().extensionState("default", "999"))).isEqualTo(-1);
        assertThat(f.onCore(() -> f.pbx.hints().extensionState("nosuch", "100"))).isEqualTo(-1);
    }

    @Test
    void anEditAddsChangesAndRemovesOnlyTheHintsItTouches() {
        f.loadDialplan(PLAN);
        device("Custom:c", DeviceState.INUSE);
        device("Custom:e", DeviceState.BUSY);
        f.takeEvents();
        // replace 200's hint: it keeps its state and reports the change to its new devices
        f.run(() -> edit(d -> d.addExtension("default", true, "200", Priority.HINT, null, null, "Custom:e", "",
                Dialplan.PBX_CONFIG, HintExpander.NONE)));
        // add a hint elsewhere: only that one reports
        f.run(() -> edit(d -> d.addExtension("other", false, "600", Priority.HINT, null, null, "Custom:c", "",
                Dialplan.PBX_CONFIG, HintExpander.NONE)));
        // remove 100's hint: nothing is reported
        f.run(() -> edit(d -> d.removeExtension("default", "100", Priority.HINT, null, false, null)));
        assertThat(f.takeEvents()).containsExactly("ExtensionStatus 200@default 2 [Custom:e]",
                "ExtensionStatus 600@other 1 [Custom:c]");
        // 200=53, _4XX=85, _3XX=130, 600=201
        assertThat(hintLines()).containsExactly("200@default Custom:e 2 not_set", "_4XX@default Custom:shared 0 not_set",
                "_3XX@default Custom:${EXTEN} 4 ", "600@other Custom:c 1 not_set");
        device("Custom:a", DeviceState.INUSE);
        assertThat(f.takeEvents()).containsExactly("DeviceStateChange Custom:a INUSE");
    }

    @Test
    void anAutohintContextGetsAHintForEachDevicePublished() {
        f.loadDialplan("""
                [phones]
                autohints = yes
                exten => 100,hint,Custom:other
                """);
        f.takeEvents();
        device("Custom:lamp", DeviceState.INUSE);
        device("Custom:100", DeviceState.INUSE);   // 100 has a hint there already
        assertThat(f.takeEvents()).containsExactly("DeviceStateChange Custom:lamp INUSE",
                "ExtensionStatus lamp@phones 1 [Custom:lamp]", "DeviceStateChange Custom:100 INUSE");
        assertThat(f.onCore(() -> f.pbx.hints().hintText("phones", "lamp"))).isEqualTo("Custom:lamp");
    }

    private void edit(java.util.function.Function<Dialplan, Dialplan.Edit> change) {
        f.pbx.dialplan(change.apply(f.pbx.dialplan()).dialplan());
    }
}
