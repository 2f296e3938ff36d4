package org.switchboard.pbx.dialplan.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * The variables Asterisk answers from its own settings, without a channel
 * (pbx_variables.c {@code ast_str_retrieve_variable}): {@code SYSTEMNAME}, the directory variables
 * {@code ASTETCDIR}, {@code ASTMODDIR}, {@code ASTVARLIBDIR}, {@code ASTDBDIR} (the AstDB file
 * path), {@code ASTKEYDIR}, {@code ASTDATADIR}, {@code ASTAGIDIR}, {@code ASTSPOOLDIR},
 * {@code ASTRUNDIR}, {@code ASTLOGDIR}, {@code ASTSBINDIR}, {@code ASTCACHEDIR}, and
 * {@code ENTITYID}. {@code EPOCH} is computed from the clock by {@link EvalContext}. Immutable.
 */
public final class SystemVariables {
    private final Map<String, String> values;

    private SystemVariables(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The values of a default Asterisk build (prefix /usr, state in /var), no system name. */
    public static SystemVariables defaults() {
        Map<String, String> m = new HashMap<>();
        m.put("SYSTEMNAME", "");
        m.put("ASTCACHEDIR", "/var/cache/asterisk");
        m.put("ASTETCDIR", "/etc/asterisk");
        m.put("ASTMODDIR", "/usr/lib/asterisk/modules");
        m.put("ASTVARLIBDIR", "/var/lib/asterisk");
        m.put("ASTDBDIR", "/var/lib/asterisk/astdb");
        m.put("ASTKEYDIR", "/var/lib/asterisk/keys");
        m.put("ASTDATADIR", "/var/lib/asterisk");
        m.put("ASTAGIDIR", "/var/lib/asterisk/agi-bin");
        m.put("ASTSPOOLDIR", "/var/spool/asterisk");
        m.put("ASTRUNDIR", "/var/run/asterisk");
        m.put("ASTLOGDIR", "/var/log/asterisk");
        m.put("ASTSBINDIR", "/usr/sbin");
        m.put("ENTITYID", "00:00:00:00:00:00");
        return new SystemVariables(m);
    }

    /** A copy with {@code name} set to {@code value}. */
    public SystemVariables with(String name, String value) {
        Map<String, String> m = new HashMap<>(values);
        m.put(name, value);
        return new SystemVariables(m);
    }

    /** True when {@code name} is one of these variables. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when {@code name} is not one of these variables. */
    public String get(String name) {
        return values.get(name);
    }
}
