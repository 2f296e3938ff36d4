/**
 * The C library as Asterisk uses it, on byte strings: sscanf/atoi/strtod, printf, strftime,
 * strptime, time zones, backslash encodings, ast_strip and friends, and the one door for POSIX
 * regular expressions ({@link org.switchboard.pbx.dialplan.clib.DialplanRegex}).
 */
package org.switchboard.pbx.dialplan.clib;
