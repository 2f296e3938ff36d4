package org.switchboard.pbx.devstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.hint.ExtensionStates;

/** Spec 02 §5.4-5.5: how a hint's devices combine, and what extension state that gives. */
class DeviceStateAggregateTest {
    /** The rank of spec 02 §5.4, lowest first. */
    private static final List<DeviceState> RANK = List.of(DeviceState.INVALID, DeviceState.UNKNOWN,
            DeviceState.UNAVAILABLE, DeviceState.NOT_INUSE, DeviceState.ONHOLD, DeviceState.RINGING,
            DeviceState.INUSE, DeviceState.BUSY, DeviceState.RINGINUSE);

    private static DeviceState of(DeviceState... states) {
        DeviceStateAggregate agg = new DeviceStateAggregate();
        for (DeviceState s : states) {
            agg.add(s);
        }
        return agg.result();
    }

    @Test
    void nothingIsInvalid() {
        assertThat(of()).isEqualTo(DeviceState.INVALID);
    }

    @Test
    void everyPairFollowsTheRankUnlessRingingMeetsInUse() {
        for (DeviceState a : DeviceState.values()) {
            for (DeviceState b : DeviceState.values()) {
                boolean ringing = a == DeviceState.RINGING || b == DeviceState.RINGING;
                boolean inUse = List.of(a, b).stream().anyMatch(s -> s == DeviceState.INUSE || s == DeviceState.ONHOLD
                        || s == DeviceState.BUSY);
                DeviceState expected = ringing && inUse ? DeviceState.RINGINUSE
                        : RANK.indexOf(a) >= RANK.indexOf(b) ? a : b;
                assertThat(of(a, b)).as(a + " & " + b).isEqualTo(expected);
                assertThat(of(b, a)).as(b + " & " + a).isEqualTo(expected);
            }
        }
    }

    @Test
    void hintStatesFromCombinedDevices() {
        assertThat(ExtensionStates.fromDevice(of(DeviceState.RINGING, DeviceState.INUSE))).isEqualTo(9);
        assertThat(ExtensionStates.fromDevice(of(DeviceState.RINGING, DeviceState.ONHOLD))).isEqualTo(9);
        assertThat(ExtensionStates.fromDevice(of(DeviceState.NOT_INUSE, DeviceState.UNAVAILABLE))).isEqualTo(0);
        assertThat(ExtensionStates.fromDevice(of(DeviceState.INVALID, DeviceState.UNAVAILABLE))).isEqualTo(4);
        assertThat(ExtensionStates.fromDevice(of(DeviceState.UNKNOWN))).isEqualTo(0);
        assertThat(ExtensionStates.fromDevice(of(DeviceState.BUSY, DeviceState.INUSE))).isEqualTo(2);
        assertThat(ExtensionStates.fromDevice(of(DeviceState.ONHOLD))).isEqualTo(16);
        assertThat(ExtensionStates.text(9)).isEqualTo("InUse&Ringing");
        assertThat(ExtensionStates.text(17)).isEqualTo("InUse&Hold");
        assertThat(ExtensionStates.text(-1)).isEqualTo("Unknown");
        assertThat(ExtensionStates.text(-2)).isEqualTo("Unknown");
        assertThat(ExtensionStates.text(3)).isEqualTo("Unknown");
        assertThat(ExtensionStates.functionText(17)).isEqualTo("HOLDINUSE");
        assertThat(ExtensionStates.functionText(-1)).isEqualTo("UNKNOWN");
    }
}
