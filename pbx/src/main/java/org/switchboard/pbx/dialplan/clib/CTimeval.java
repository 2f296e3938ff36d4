package org.switchboard.pbx.dialplan.clib;

import java.time.Instant;

/**
 * A struct timeval printed the way Asterisk prints one, {@code "%ld.%06ld"}: seconds, a dot and
 * six digits of microseconds (Ping's and events' Timestamp, raw CDR times). Built by hand:
 * {@code String.format} was a quarter of the server's time under a stream of pipelined Pings.
 */
public final class CTimeval {
    private static final String ZEROS = "000000";

    private CTimeval() {
    }

    public static String secondsMicros(Instant time) {
        String micros = Integer.toString(time.getNano() / 1000);
        return time.getEpochSecond() + "." + ZEROS.substring(micros.length()) + micros;
    }
}
