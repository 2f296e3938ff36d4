/**
 * The dialplan functions that need no channel (func_logic, func_strings, func_cut, func_math,
 * func_rand, func_global, func_sprintf; SHELL registered but refused).
 * {@link org.switchboard.pbx.dialplan.func.BuiltinFunctions#registerAll} installs them.
 */
package org.switchboard.pbx.dialplan.func;
