package org.switchboard.manager.channel.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.switchboard.pbx.dialplan.args.AppArgs;

/**
 * A {@code Variable:} header's value: {@code name=value} pairs separated by commas (manager.c
 * man_do_variable_value). Leading blanks are skipped; an item without '=' or with an empty name
 * is ignored. Pairs come back in the order written.
 */
final class VariableHeaders {
    private VariableHeaders() { }

    static List<Map.Entry<String, String>> pairs(String headerValue) {
        String v = headerValue.stripLeading();
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String item : AppArgs.standard(v, 64).asList()) {
            if (item == null) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            out.add(Map.entry(item.substring(0, eq), item.substring(eq + 1)));
        }
        return out;
    }
}
