package org.switchboard.pbx.dialplan.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Asterisk's variable list ({@code struct varshead}, chanvars.c): newest first, each variable
 * keeping the name it was set with ({@code __FOO} included), looked up by the name without up to
 * two leading underscores. A building block for channel scopes and for {@link GlobalVariables}.
 * Not thread-safe (core thread only).
 */
public final class VariableList {
    /** One stored variable. */
    public record Entry(String fullName, String value) {
        /** ast_var_name: the name without up to two leading underscores. */
        public String name() {
            return stripInheritance(fullName);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The value stored under {@code name} (compared with the stored names stripped), or null. */
    public String get(String name) {
        for (Entry e : entries) {
            if (stripInheritance(e.fullName()).equals(name)) {
                return e.value();
            }
        }
        return null;
    }

    /**
     * pbx_builtin_setvar_helper's list work: removes the first variable whose stripped name equals
     * {@code name} stripped, then, when {@code value} is not null, puts the new one first.
     *
     * @return true when a variable with a non-empty value was removed (Asterisk then publishes
     *         an empty VarSet if nothing new is set)
     */
    public boolean set(String name, String value) {
        String tail = stripInheritance(name);
        boolean oldValueExisted = false;
        for (int i = 0; i < entries.size(); i++) {
            if (stripInheritance(entries.get(i).fullName()).equals(tail)) {
                oldValueExisted = !entries.get(i).value().isEmpty();
                entries.remove(i);
                break;
            }
        }
        if (value != null) {
            entries.add(0, new Entry(name, value));
        }
        return oldValueExisted;
    }

    /** Adds at the end of the list (ast_unreal_call_setup copies a list in its order so). */
    public void append(String name, String value) {
        if (value != null) {
            entries.add(new Entry(name, value));
        }
    }

    /** pbx_builtin_pushvar_helper: adds in front without removing an older one of the same name. */
    public void push(String name, String value) {
        if (value != null) {
            entries.add(0, new Entry(name, value));
        }
    }

    /** Removes everything (pbx_builtin_clear_globals). */
    public void clear() {
        entries.clear();
    }

    /** The variables, newest first (the order of {@code dialplan show globals}). */
    public List<Entry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    public int size() {
        return entries.size();
    }

    /** ast_var_name: strips one or two leading underscores. */
    public static String stripInheritance(String name) {
        if (!name.isEmpty() && name.charAt(0) == '_') {
            if (name.length() > 1 && name.charAt(1) == '_') {
                return name.substring(2);
            }
            return name.substring(1);
        }
        return name;
    }
}
