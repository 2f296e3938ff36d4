package org.switchboard.protocol;

import java.nio.charset.StandardCharsets;

/**
 * AMI text is bytes. Switchboard keeps it in Java strings one byte per char (ISO-8859-1), so that
 * any byte a client sends comes back unchanged; a char above 255 (only possible for text made in
 * Java) is written as '?'.
 */
public final class Latin1 {
    private Latin1() { }

    public static byte[] encode(CharSequence s) {
        if (s instanceof String text) {
            // the JDK's ISO-8859-1 encoder does the same ('?' for what does not fit) as one array
            // copy for the usual one-byte-per-char strings; every event is encoded this way
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        int n = s.length();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            out[i] = c < 256 ? (byte) c : (byte) '?';
        }
        return out;
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    @SuppressWarnings("deprecation")
    public static String decode(byte[] bytes, int offset, int length) {
        // the deprecated constructor is the cheapest exact byte->char (ISO-8859-1) conversion
        return new String(bytes, 0, offset, length);
    }
}
