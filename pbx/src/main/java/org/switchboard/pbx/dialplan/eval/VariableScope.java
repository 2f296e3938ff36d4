package org.switchboard.pbx.dialplan.eval;

/**
 * A set of dialplan variables: a channel's (implemented by the channel layer) or the globals
 * ({@link GlobalVariables}). Names are case-sensitive, as in Asterisk.
 *
 * <p>A channel scope also answers the variables Asterisk computes from the channel instead of
 * storing them ({@code EXTEN}, {@code CONTEXT}, {@code PRIORITY}, {@code CHANNEL}, {@code UNIQUEID},
 * {@code HANGUPCAUSE}, {@code HINT}, {@code HINTNAME}, {@code CALLINGPRES}, {@code CALLINGANI2},
 * {@code CALLINGTON}, {@code CALLINGTNS}: pbx_variables.c {@code ast_str_retrieve_variable});
 * those are looked up before the stored variables and hide them.
 */
public interface VariableScope {
    /**
     * The stored value, compared as Asterisk does: against names with up to two leading
     * underscores (the inheritance marks) removed. Null when unset.
     */
    String get(String name);

    /**
     * Sets (or, with a null value, deletes) a variable as pbx_builtin_setvar_helper does: any
     * stored variable with the same name without its leading underscores is replaced, the new one
     * keeps the underscores it was given. A channel scope publishes its VarSet event here.
     */
    void set(String name, String value);

    /** True when {@code name} is one of the computed variables this scope answers. */
    default boolean hasBuiltin(String name) {
        return false;
    }

    /** The value of a computed variable; null when it has none (Asterisk then substitutes nothing). */
    default String builtin(String name) {
        return null;
    }
}
