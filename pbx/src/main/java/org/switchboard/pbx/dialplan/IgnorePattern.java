package org.switchboard.pbx.dialplan;

/**
 * An {@code ignorepat => pattern} line: dialling a string that matches it keeps the dial tone.
 *
 * @param pattern   the pattern as given
 * @param registrar who added it
 */
public record IgnorePattern(String pattern, String registrar) { }
