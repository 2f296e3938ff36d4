package org.switchboard.pbx.dialplan.eval;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.log.Verbose;

/**
 * The global dialplan variables (pbx_variables.c {@code globals}): set from extensions.conf
 * [globals], Set(GLOBAL(x)=...), {@code dialplan set global} and AMI Setvar without a channel.
 * Every change is reported to the {@link Listener} the way Asterisk publishes a VarSet without a
 * channel. Core thread only.
 */
public final class GlobalVariables implements VariableScope {
    private static final Logger LOG = LoggerFactory.getLogger(GlobalVariables.class);

    /** Told of each change, as ast_channel_publish_varset(NULL, name, value) is. */
    @FunctionalInterface
    public interface Listener {
        void varSet(String name, String value);
    }

    private final VariableList list = new VariableList();
    private volatile Listener listener;

    public GlobalVariables() {
        this((name, value) -> { });
    }

    public GlobalVariables(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Replaces the change listener (the manager attaches its VarSet publisher here). */
    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public String get(String name) {
        return list.get(name);
    }

    /** pbx_builtin_setvar_helper(NULL, name, value): logs at verbose 2 and reports the change. */
    @Override
    public void set(String name, String value) {
        boolean oldValueExisted = list.set(name, value);
        if (value != null) {
            Verbose.log(LOG, 2, "Setting global variable '" + name + "' to '" + value + "'");
            listener.varSet(name, value);
        } else if (oldValueExisted) {
            listener.varSet(name, "");
        }
    }

    /** pbx_builtin_clear_globals (reload with clearglobalvars = yes). */
    public void clear() {
        list.clear();
    }

    /** Newest first, as {@code dialplan show globals} lists them. */
    public List<VariableList.Entry> entries() {
        return list.entries();
    }
}
