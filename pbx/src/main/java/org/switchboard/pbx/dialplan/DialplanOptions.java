package org.switchboard.pbx.dialplan;

/**
 * The [general] options of extensions.conf (pbx_config.c pbx_load_config).
 *
 * @param staticConfig           {@code static}: {@code dialplan save} may rewrite the file
 * @param writeProtect           {@code writeprotect}
 * @param autoFallthrough        {@code autofallthrough} (default yes)
 * @param extenPatternMatchNew   {@code extenpatternmatchnew} (default no)
 * @param clearGlobalVars        {@code clearglobalvars}: a reload clears the globals first
 * @param overrideSwitch         {@code overrideswitch}, or null
 * @param usersContext           {@code userscontext} (default {@code default})
 */
public record DialplanOptions(boolean staticConfig, boolean writeProtect, boolean autoFallthrough,
                              boolean extenPatternMatchNew, boolean clearGlobalVars, String overrideSwitch,
                              String usersContext) {

    /** What Asterisk assumes without a [general] section. */
    public static final DialplanOptions DEFAULTS = new DialplanOptions(false, false, true, false, false, null, "default");
}
