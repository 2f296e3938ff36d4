package org.switchboard.pbx.devstate;

/**
 * A device state provider that is not a channel technology (devicestate.c ast_devstate_prov_add):
 * it answers for devices named {@code Label:address}, e.g. {@code Custom:lamp}.
 */
@FunctionalInterface
public interface DeviceStateProvider {
    /** The state of {@code address} (the part after {@code Label:}). */
    DeviceState state(String address);
}
