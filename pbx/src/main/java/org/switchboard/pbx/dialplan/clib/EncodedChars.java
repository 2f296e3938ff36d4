package org.switchboard.pbx.dialplan.clib;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asterisk's backslash encodings for single characters in function arguments (app.c
 * {@code ast_get_encoded_char} and {@code ast_get_encoded_str}): {@code \n}, {@code \r}, {@code \t},
 * {@code \xHH} (one or two hex digits), {@code \0ooo} (octal, any number of digits, kept to a byte)
 * and {@code \c} for any other {@code c}.
 */
public final class EncodedChars {
    private static final Logger LOG = LoggerFactory.getLogger(EncodedChars.class);

    private EncodedChars() { }

    /**
     * One decoded char.
     *
     * @param value    the byte (0..255)
     * @param consumed how many chars of the input it took
     */
    public record Decoded(char value, int consumed) { }

    /**
     * Decodes the char at {@code from}; null where Asterisk returns an error (empty input, or
     * {@code \x} without a hex digit, which it logs).
     */
    public static Decoded decode(String s, int from) {
        if (s == null || from >= s.length()) {
            return null;
        }
        char c = s.charAt(from);
        if (c != '\\') {
            return new Decoded(c, 1);
        }
        char next = at(s, from + 1);
        switch (next) {
            case 'n':
                return new Decoded('\n', 2);
            case 'r':
                return new Decoded('\r', 2);
            case 't':
                return new Decoded('\t', 2);
            case 'x':
                return hex(s, from);
            case '0':
                return octal(s, from);
            default:
                // a backslash at the very end decodes to NUL, which ends the C string
                return new Decoded(next, 2);
        }
    }

    private static Decoded hex(String s, int from) {
        int d1 = hexDigit(at(s, from + 2));
        if (d1 < 0) {
            LOG.error("Illegal character '{}' in hexadecimal string", at(s, from + 2));
            return null;
        }
        int d2 = hexDigit(at(s, from + 3));
        if (d2 < 0) {
            return new Decoded((char) d1, 3);
        }
        return new Decoded((char) (d1 << 4 | d2), 4);
    }

    private static Decoded octal(String s, int from) {
        int value = 0;
        int i = from + 2;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
            value = (value << 3) + (s.charAt(i) - '0');
            i++;
        }
        return new Decoded((char) (value & 0xff), i - from);
    }

    /**
     * ast_get_encoded_str: decodes until the input ends or an error; like a C string, the result
     * ends at the first decoded NUL. {@code maxLength} is the room Asterisk gives (buffer size - 1).
     */
    public static String decodeString(String s, int maxLength) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (out.length() < maxLength) {
            Decoded d = decode(s, i);
            if (d == null) {
                break;
            }
            out.append(d.value());
            i += d.consumed();
        }
        return CStrings.asCString(out.toString());
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
