package org.switchboard.pbx.dialplan;

/**
 * A {@code switch}, {@code lswitch} or {@code eswitch} line ({@code switch => Name/data}). Kept
 * for listings; Switchboard does not execute switches.
 *
 * @param name      the switch module's name (before the first {@code /})
 * @param data      the rest ("" when none)
 * @param evaluate  true for {@code eswitch} (data substituted at lookup time)
 * @param registrar who added it
 */
public record Switch(String name, String data, boolean evaluate, String registrar) { }
