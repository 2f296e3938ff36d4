package org.switchboard.pbx.dialplan;

import org.switchboard.config.Location;

/**
 * One line of [globals], in file order.
 *
 * @param name     the variable name
 * @param rawValue the value as written
 * @param value    the value after substitution, as it was set at load time
 * @param location where it was read
 */
public record GlobalAssignment(String name, String rawValue, String value, Location location) { }
