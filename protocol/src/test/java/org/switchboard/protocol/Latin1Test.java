package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Latin1Test {
    private static final String EVERY_BYTE;

    static {
        StringBuilder b = new StringBuilder(256);
        for (int c = 0; c < 256; c++) {
            b.append((char) c);
        }
        EVERY_BYTE = b.toString();
    }

    @Test
    void everyByteRoundTrips() {
        byte[] bytes = Latin1.encode(EVERY_BYTE);
        assertThat(bytes).hasSize(256);
        for (int i = 0; i < 256; i++) {
            assertThat(bytes[i] & 0xff).isEqualTo(i);
        }
        assertThat(Latin1.decode(bytes)).isEqualTo(EVERY_BYTE);
    }

    @Test
    void aCharAboveByteRangeBecomesAQuestionMarkFromAStringOrABuilder() {
        String text = "a\u20acb\u00e9";
        assertThat(Latin1.encode(text)).containsExactly('a', '?', 'b', 0xe9 - 256);
        assertThat(Latin1.encode(new StringBuilder(text))).containsExactly('a', '?', 'b', 0xe9 - 256);
    }

    @Test
    void decodesASlice() {
        assertThat(Latin1.decode(Latin1.encode("Action: Ping\r\n"), 8, 4)).isEqualTo("Ping");
    }
}
