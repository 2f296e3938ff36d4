package org.switchboard.manager.state;

import java.util.List;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.db.AstDbEntry;
import org.switchboard.pbx.devstate.CustomDeviceStates;
import org.switchboard.pbx.module.ModuleRegistry;
import org.switchboard.pbx.presence.CustomPresenceStates;

/**
 * The state modules inside a Switchboard: their names in the module list, and the start-up work of
 * func_devstate and func_presencestate (publishing what AstDB saved), which Asterisk does before
 * pbx_config loads the dialplan.
 */
public final class StateModules {
    private StateModules() { }

    /** The modules behind device, presence and extension state, as Asterisk names them. */
    public static void register(ModuleRegistry modules) {
        modules.builtin("func_devstate", "Gets or sets a device state in the dialplan", null);
        modules.builtin("func_presencestate", "Gets or sets a presence state in the dialplan", null);
        modules.builtin("func_extstate", "Gets an extension's state in the dialplan", null);
        modules.builtin("res_manager_devicestate", "Manager Device State Topic Forwarder", null);
        modules.builtin("res_manager_presencestate", "Manager Presence State Topic Forwarder", null);
    }

    /**
     * Reads the saved custom device and presence states now (the calling thread waits for AstDB;
     * never call from the core thread) and returns the core task that restores them.
     */
    public static Runnable restoreFrom(AstDb db, Pbx pbx) {
        if (db == null) {
            return () -> { };
        }
        List<AstDbEntry> devices = db.tree(CustomDeviceStates.FAMILY, "").join();
        List<AstDbEntry> presences = db.tree(CustomPresenceStates.FAMILY, "").join();
        return () -> {
            pbx.deviceStates().custom().restore(db, devices);
            pbx.presenceStates().custom().restore(db, presences);
        };
    }
}
