package org.switchboard.pbx.dialplan.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CStrings;

/**
 * The registered dialplan functions (pbx_functions.c {@code acf_root}): kept in strcmp order,
 * as {@code core show functions} lists them; a second registration of a name is refused with
 * Asterisk's error. Safe to read from any thread.
 */
public final class FunctionRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(FunctionRegistry.class);

    private final Map<String, DialplanFunction> functions = new ConcurrentSkipListMap<>(CStrings::compare);

    /** ast_custom_function_register: false (and an error log) when the name is taken. */
    public boolean register(DialplanFunction function) {
        if (functions.putIfAbsent(function.name(), function) != null) {
            LOG.error("Function {} already registered.", function.name());
            return false;
        }
        return true;
    }

    /** ast_custom_function_unregister. */
    public boolean unregister(String name) {
        return functions.remove(name) != null;
    }

    /** ast_custom_function_find: exact, case-sensitive; null when unknown. */
    public DialplanFunction find(String name) {
        return functions.get(name);
    }

    /** Every function, in name order. */
    public List<DialplanFunction> all() {
        return new ArrayList<>(functions.values());
    }
}
