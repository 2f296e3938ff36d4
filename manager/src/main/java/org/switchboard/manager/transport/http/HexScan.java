package org.switchboard.manager.transport.http;

import java.util.Optional;

import org.switchboard.protocol.Ascii;

/** C's {@code sscanf("%30lx")}, which Asterisk uses on cookies, nonces and nonce counts. */
final class HexScan {
    private HexScan() { }

    /**
     * sscanf "%30lx": blanks, optional sign and {@code 0x}, hex digits; empty when none. Values
     * past 64 bits saturate, as strtoul does.
     */
    static Optional<Long> scan(String s) {
        String t = Ascii.skipBlanks(s);
        if (t.length() > 30) {
            t = t.substring(0, 30);
        }
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        if (t.regionMatches(true, i, "0x", 0, 2) && i + 2 < t.length() && Character.digit(t.charAt(i + 2), 16) >= 0) {
            i += 2;
        }
        long value = 0;
        int digits = 0;
        for (; i < t.length(); i++) {
            int d = Character.digit(t.charAt(i), 16);
            if (d < 0 || t.charAt(i) > 'f') {
                break;
            }
            digits++;
            value = Long.compareUnsigned(value, 0x0FFFFFFFFFFFFFFFL) > 0 ? -1L : value * 16 + d;
        }
        if (digits == 0) {
            return Optional.empty();
        }
        return Optional.of(negative ? -value : value);
    }
}
