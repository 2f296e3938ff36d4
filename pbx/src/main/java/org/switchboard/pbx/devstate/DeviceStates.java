package org.switchboard.pbx.devstate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelDriver;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.event.DeviceStateChanged;

/**
 * Device states (devicestate.c). A channel's state change or destruction asks for its device to
 * be re-evaluated; the evaluation runs later, as Asterisk's device state thread does, and asks the
 * channel technology. A cacheable device is published only when its state changed; a device of
 * channels that disable the cache (Local) every time (spec 02 §2.6).
 */
public final class DeviceStates {
    private final Pbx pbx;
    private final Map<String, DeviceState> cache = new LinkedHashMap<>();

    public DeviceStates(Pbx pbx) {
        this.pbx = pbx;
    }

    /** ast_devstate_changed_literal(UNKNOWN, ..., device) for a channel's device. */
    public void channelChanged(SimChannel channel) {
        String device = channel.deviceName();
        ChannelDriver driver = channel.driver();
        boolean cacheable = driver.cachesDeviceState();
        pbx.core().executeWhenIdle(() -> evaluate(device, driver, cacheable));
    }

    private void evaluate(String device, ChannelDriver driver, boolean cacheable) {
        int slash = device.indexOf('/');
        String data = slash < 0 ? device : device.substring(slash + 1);
        DeviceState state = driver.deviceState(pbx, data);
        publish(device, state, cacheable);
    }

    /** Publishes a device's state: always when not cacheable, else only when it changed. */
    public void publish(String device, DeviceState state, boolean cacheable) {
        DeviceState old = cache.put(device, state);
        if (!cacheable || old != state) {
            pbx.publish(new DeviceStateChanged(device, state.name()));
        }
    }

    /** The last known state of a device, UNKNOWN if none. */
    public DeviceState current(String device) {
        return cache.getOrDefault(device, DeviceState.UNKNOWN);
    }

    /** Every cached device and its state, in the order first seen (DeviceStateList). */
    public Map<String, DeviceState> all() {
        return new LinkedHashMap<>(cache);
    }

    /** The state derived from the live channels of a device (devicestate.c ast_parse_device_state). */
    public static DeviceState fromChannels(Pbx pbx, String device) {
        DeviceStateAggregate agg = new DeviceStateAggregate();
        for (SimChannel c : pbx.channels().all()) {
            if (c.deviceName().equalsIgnoreCase(device)) {
                agg.add(DeviceState.fromChannel(c.state()));
            }
        }
        DeviceState s = agg.result();
        return s == DeviceState.INVALID ? DeviceState.NOT_INUSE : s;
    }
}
