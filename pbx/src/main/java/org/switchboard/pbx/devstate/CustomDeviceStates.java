package org.switchboard.pbx.devstate;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.db.AstDbEntry;
import org.switchboard.pbx.db.AstDbFamilyCopy;

/**
 * {@code Custom:} device states (funcs/func_devstate.c): set with DEVICE_STATE() or
 * {@code devstate change}, stored as text in AstDB family {@code CustomDevstate} (key = the name
 * after {@code Custom:}) and published as cacheable states; restored from AstDB at start.
 *
 * <p>The provider answers from a copy of that family kept in memory (read at start, updated by
 * every write made here), because the core thread never waits for the database. Limit: an entry
 * written straight into AstDB (DBPut, {@code database put}) is seen only after a restart, while
 * Asterisk would read it when the device is not in the cache. Core thread only.
 */
public final class CustomDeviceStates implements DeviceStateProvider {
    /** The provider label, and the device prefix. */
    public static final String LABEL = "Custom";
    /** The AstDB family. */
    public static final String FAMILY = "CustomDevstate";

    private static final String PREFIX = LABEL + ":";
    private static final Logger log = LoggerFactory.getLogger(CustomDeviceStates.class);

    private final DeviceStates states;
    private final AstDbFamilyCopy stored = new AstDbFamilyCopy(FAMILY);

    CustomDeviceStates(DeviceStates states) {
        this.states = states;
    }

    /** custom_devstate_callback: the stored text as a state (UNKNOWN when unset or not a state name). */
    @Override
    public DeviceState state(String name) {
        String text = stored.get(name);
        return DeviceState.parse(text == null ? "" : text);
    }

    /**
     * DEVICE_STATE(Custom:name)=value (devstate_write): refused, with Asterisk's log line, unless
     * the device is {@code Custom:} with a name and the value a state other than UNKNOWN.
     */
    public boolean write(String device, String value) {
        if (!hasPrefix(device)) {
            log.warn("The DEVICE_STATE function can only be used to set 'Custom:' device state!");
            return false;
        }
        String name = device.substring(PREFIX.length());
        if (name.isEmpty()) {
            log.warn("DEVICE_STATE function called with no custom device name!");
            return false;
        }
        DeviceState state = DeviceState.parse(value);
        if (state == DeviceState.UNKNOWN) {
            log.error("DEVICE_STATE function given invalid state value '{}'", value);
            return false;
        }
        set(name, value, state);
        return true;
    }

    /**
     * Stores {@code value} for {@code name} and publishes {@code Custom:name} as {@code state}
     * (what devstate_write and {@code devstate change} do once their checks passed).
     */
    public void set(String name, String value, DeviceState state) {
        stored.put(name, value);
        states.changed(PREFIX + name, state, true);
    }

    /**
     * load_module: keeps {@code db} for later writes and publishes every saved entry (the family's
     * tree as AstDB lists it, in key order) as {@code Custom:<last key part>}.
     */
    public void restore(AstDb db, List<AstDbEntry> saved) {
        stored.fill(db, saved);
        for (AstDbEntry e : saved) {
            states.changed(PREFIX + AstDbFamilyCopy.lastKeyPart(e), DeviceState.parse(e.value()), true);
        }
    }

    /** True when {@code device} starts with {@code Custom:}, ignoring case. */
    public static boolean hasPrefix(String device) {
        return device.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The part after {@code Custom:}. */
    public static String name(String device) {
        return device.substring(PREFIX.length());
    }
}
