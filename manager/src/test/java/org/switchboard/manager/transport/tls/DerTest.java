package org.switchboard.manager.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DerTest {

    @Test
    void writesShortAndLongLengths() {
        assertThat(Der.octetString(new byte[3])).startsWith(0x04, 3);
        assertThat(Der.octetString(new byte[200])).startsWith(0x04, 0x81, 200);
        assertThat(Der.octetString(new byte[300])).startsWith(0x04, 0x82, 0x01, 0x2c);
    }

    @Test
    void readsWhatItWrites() {
        byte[] encoded = Der.sequence(Der.integerZero(), Der.octetString(new byte[300]));
        Der.Element sequence = Der.readWhole(encoded);
        assertThat(sequence.tag()).isEqualTo(Der.TAG_SEQUENCE);
        assertThat(sequence.children()).extracting(Der.Element::tag).containsExactly(Der.TAG_INTEGER, Der.TAG_OCTET_STRING);
        assertThat(sequence.children().get(1).content()).hasSize(300);
    }

    @Test
    void refusesTruncatedOrTrailingBytes() {
        assertThatThrownBy(() -> Der.readWhole(new byte[] {0x30, 0x05, 0x02})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Der.readWhole(new byte[] {0x05, 0x00, 0x00})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsObjectIdentifiers() {
        assertThat(Der.oidToString(new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 2, 1})).isEqualTo("1.2.840.10045.2.1");
        assertThat(Der.oidToString(new byte[] {0x2b, 0x65, 0x70})).isEqualTo("1.3.101.112");
    }
}
