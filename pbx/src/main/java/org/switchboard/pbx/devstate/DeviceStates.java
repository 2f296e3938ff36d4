package org.switchboard.pbx.devstate;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelDriver;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.core.HashOrder;
import org.switchboard.pbx.event.DeviceStateChanged;

/**
 * The device state core (devicestate.c). A change is either published with the state its caller
 * knows ({@code Custom:} devices) or, when the caller says UNKNOWN (a channel changed state or
 * went away), evaluated later, as Asterisk's device state thread does: by the provider for
 * {@code Label:address} devices, else by the channel technology, else from the device's channels.
 *
 * <p>Cacheable devices are kept in the aggregate cache (what DeviceStateList lists and what
 * {@link #state} answers from) and published only when their state changed; devices of channels
 * that disable the cache (Local) are published on every change and never cached (spec 02 §2.6;
 * ast_publish_device_state_full). Every publication is a DeviceStateChange and is then handed to
 * the {@link DeviceStateListener}s (the hints). Device names are case-sensitive here, as in the
 * stasis cache.
 *
 * <p>Core thread only.
 */
public final class DeviceStates {
    /** The stasis message type whose cache DeviceStateList walks (its name orders the listing). */
    static final String MESSAGE_TYPE = "ast_device_state_message_type";

    private static final Logger log = LoggerFactory.getLogger(DeviceStates.class);

    private final Pbx pbx;
    private final Map<String, DeviceState> cache = new HashMap<>();
    private final HashOrder<String> cacheOrder = new HashOrder<>();
    private final Map<String, DeviceStateProvider> providers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<DeviceStateListener> listeners = new ArrayList<>();
    private final CustomDeviceStates custom;

    public DeviceStates(Pbx pbx) {
        this.pbx = pbx;
        this.custom = new CustomDeviceStates(this);
        addProvider(CustomDeviceStates.LABEL, custom);
    }

    /** The {@code Custom:} provider (func_devstate.c). */
    public CustomDeviceStates custom() {
        return custom;
    }

    /** ast_devstate_prov_add: answers for {@code label:...} devices; false if the label is taken. */
    public boolean addProvider(String label, DeviceStateProvider provider) {
        if (providers.containsKey(label)) {
            log.warn("Device state provider '{}' already registered", label);
            return false;
        }
        providers.put(label, provider);
        return true;
    }

    /** Adds a listener told of every published state, after its event. */
    public void addListener(DeviceStateListener listener) {
        listeners.add(listener);
    }

    /**
     * ast_devstate_changed_literal: a known state is published now; UNKNOWN asks for the device to
     * be evaluated in a later core task.
     */
    public void changed(String device, DeviceState state, boolean cacheable) {
        if (state != DeviceState.UNKNOWN) {
            publish(device, state, cacheable);
        } else if (pbx.core().inCoreThread()) {
            // evaluated once the burst of channel activity is over, as Asterisk's devstate
            // taskprocessor lags the channel threads
            pbx.core().executeWhenIdle(() -> publish(device, evaluate(device), cacheable));
        } else if (!pbx.core().execute(() -> publish(device, evaluate(device), cacheable))) {
            log.warn("PBX core queue is full: device state of {} not evaluated", device);
        }
    }

    /** ast_setstate and channel destruction: the channel's device is evaluated again (spec 02 §2.6). */
    public void channelChanged(SimChannel channel) {
        changed(channel.deviceName(), DeviceState.UNKNOWN, channel.driver().cachesDeviceState());
    }

    /**
     * ast_publish_device_state: a cacheable device whose cached state is the same is not published
     * (an uncached one counts as UNKNOWN); anything else becomes a DeviceStateChange and goes to the
     * listeners.
     */
    void publish(String device, DeviceState state, boolean cacheable) {
        if (cacheable) {
            DeviceState old = cache.getOrDefault(device, DeviceState.UNKNOWN);
            if (old == state) {
                return;
            }
            cache.put(device, state);
            cacheOrder.add(device, HashOrder.stasisCacheBucket(MESSAGE_TYPE, device));
        }
        pbx.publish(new DeviceStateChanged(device, state.name()));
        for (DeviceStateListener l : listeners) {
            l.deviceStateChanged(device, state);
        }
    }

    /** ast_device_state: the cached state when there is one (and it is not UNKNOWN), else {@link #evaluate}. */
    public DeviceState state(String device) {
        DeviceState cached = cache.get(device);
        if (cached != null && cached != DeviceState.UNKNOWN) {
            return cached;
        }
        return evaluate(device);
    }

    /**
     * _ast_device_state without the cache: {@code Label:address} asks the provider (INVALID when
     * there is none); {@code Tech/resource} asks the channel technology (INVALID when unknown) and
     * falls back to the device's channels when it answers UNKNOWN.
     */
    public DeviceState evaluate(String device) {
        int slash = device.indexOf('/');
        if (slash < 0) {
            int colon = device.indexOf(':');
            if (colon < 0) {
                return DeviceState.INVALID;
            }
            DeviceStateProvider provider = providers.get(device.substring(0, colon));
            return provider == null ? DeviceState.INVALID : provider.state(device.substring(colon + 1));
        }
        ChannelDriver driver = pbx.driver(device.substring(0, slash)).orElse(null);
        if (driver == null) {
            return DeviceState.INVALID;
        }
        DeviceState s = driver.deviceState(pbx, device.substring(slash + 1));
        return s == DeviceState.UNKNOWN ? fromChannels(pbx, device) : s;
    }

    /** The cached devices and their states, in the order DeviceStateList lists them. */
    public List<Map.Entry<String, DeviceState>> cached() {
        List<Map.Entry<String, DeviceState>> out = new ArrayList<>(cacheOrder.size());
        for (String device : cacheOrder.items()) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(device, cache.get(device)));
        }
        return out;
    }

    /**
     * ast_parse_device_state: the state of the first channel whose name starts with
     * {@code device-} (ignoring case), UNKNOWN when there is none. Hold is not tracked on
     * channels, so ONHOLD does not come from here.
     */
    public static DeviceState fromChannels(Pbx pbx, String device) {
        List<SimChannel> channels = pbx.channels().byNamePrefix(device + "-");
        return channels.isEmpty() ? DeviceState.UNKNOWN : DeviceState.fromChannel(channels.get(0).state());
    }
}
