package org.switchboard.pbx.devstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.hint.StateFixture;

/** devicestate.c: caching, publication and evaluation (spec 02 §2.6). */
class DeviceStatesTest {
    private final StateFixture f = new StateFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private DeviceStates states() {
        return f.pbx.deviceStates();
    }

    @Test
    void aCacheableDeviceIsPublishedWhenItsStateChangesOnly() {
        f.run(() -> {
            states().changed("Test:a", DeviceState.INUSE, true);
            states().changed("Test:a", DeviceState.INUSE, true);
            states().changed("Test:a", DeviceState.BUSY, true);
        });
        assertThat(f.takeEvents()).containsExactly("DeviceStateChange Test:a INUSE", "DeviceStateChange Test:a BUSY");
        assertThat(f.onCore(() -> states().cached())).containsExactly(Map.entry("Test:a", DeviceState.BUSY));
    }

    @Test
    void anUncachedDeviceThatEvaluatesUnknownIsNotPublished() {
        f.run(() -> {
            states().addProvider("Test", address -> DeviceState.UNKNOWN);
            states().changed("Test:a", DeviceState.UNKNOWN, true);
        });
        assertThat(f.takeEvents()).isEmpty();
        assertThat(f.onCore(() -> states().cached())).isEmpty();
    }

    @Test
    void aDeviceThatDisablesTheCacheIsPublishedEveryTimeAndNeverCached() {
        f.run(() -> {
            states().changed("Local/x@default", DeviceState.NOT_INUSE, false);
            states().changed("Local/x@default", DeviceState.NOT_INUSE, false);
        });
        assertThat(f.takeEvents()).containsExactly("DeviceStateChange Local/x@default NOT_INUSE",
                "DeviceStateChange Local/x@default NOT_INUSE");
        assertThat(f.onCore(() -> states().cached())).isEmpty();
    }

    @Test
    void unknownIsEvaluatedInALaterTaskByTheProvider() {
        DeviceState[] answer = {DeviceState.RINGING};
        f.onCore(() -> {
            states().addProvider("test", address -> address.equals("a") ? answer[0] : DeviceState.INVALID);
            states().changed("Test:a", DeviceState.UNKNOWN, true);
            // not yet: Asterisk's device state thread runs it later
            assertThat(states().cached()).isEmpty();
            return null;
        });
        assertThat(f.takeEvents()).containsExactly("DeviceStateChange Test:a RINGING");
    }

    @Test
    void evaluationByProviderTechnologyAndName() {
        f.run(() -> states().addProvider("Test", address -> DeviceState.ONHOLD));
        assertThat(f.onCore(() -> states().evaluate("test:x"))).isEqualTo(DeviceState.ONHOLD);
        assertThat(f.onCore(() -> states().evaluate("Nolabel:x"))).isEqualTo(DeviceState.INVALID);
        assertThat(f.onCore(() -> states().evaluate("plainname"))).isEqualTo(DeviceState.INVALID);
        assertThat(f.onCore(() -> states().evaluate("Nosuchtech/x"))).isEqualTo(DeviceState.INVALID);
        assertThat(f.onCore(() -> states().evaluate("Test:a/b"))).isEqualTo(DeviceState.INVALID);
        // Local asks the dialplan: an extension that does not exist is invalid
        assertThat(f.onCore(() -> states().evaluate("Local/none@nowhere"))).isEqualTo(DeviceState.INVALID);
    }

    @Test
    void theCacheAnswersFirstUnlessItHoldsUnknown() {
        f.run(() -> {
            states().addProvider("Test", address -> DeviceState.BUSY);
            states().changed("Test:a", DeviceState.INUSE, true);
        });
        assertThat(f.onCore(() -> states().state("Test:a"))).isEqualTo(DeviceState.INUSE);
        assertThat(f.onCore(() -> states().state("Test:b"))).isEqualTo(DeviceState.BUSY);
    }

    @Test
    void customDevicesAreWrittenOnlyAsCustomWithAState() {
        CustomDeviceStates custom = states().custom();
        assertThat(f.onCore(() -> custom.write("custom:lamp", "inuse"))).isTrue();
        assertThat(f.onCore(() -> custom.write("Custom:", "INUSE"))).isFalse();
        assertThat(f.onCore(() -> custom.write("Custom:lamp", "UNKNOWN"))).isFalse();
        assertThat(f.onCore(() -> custom.write("Other:lamp", "INUSE"))).isFalse();
        assertThat(f.takeEvents()).containsExactly("DeviceStateChange Custom:lamp INUSE");
        assertThat(f.onCore(() -> custom.state("lamp"))).isEqualTo(DeviceState.INUSE);
        assertThat(f.onCore(() -> custom.state("never"))).isEqualTo(DeviceState.UNKNOWN);
    }
}
