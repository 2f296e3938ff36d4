package org.switchboard.manager.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** spec 01 §5.2: tlsbindaddr defaults to bindaddr, and to port 5039 when no other port is usable. */
class TlsBindAddressTest {
    private static final InetAddress ANY6 = address("::");
    private static final InetAddress LOOPBACK = address("127.0.0.1");
    private static final InetAddress OTHER = address("127.0.0.2");

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withoutTlsbindaddrUsesThePlainAddressOnPort5039() {
        assertThat(TlsBindAddress.resolve(Optional.empty(), ANY6, 5038)).isEqualTo(new InetSocketAddress(ANY6, 5039));
        assertThat(TlsBindAddress.resolve(Optional.empty(), LOOPBACK, 15038))
                .isEqualTo(new InetSocketAddress(LOOPBACK, 5039));
    }

    @Test
    void aTlsbindaddrWithoutPortGets5039() {
        assertThat(TlsBindAddress.resolve(Optional.of(new InetSocketAddress(OTHER, 0)), LOOPBACK, 5038))
                .isEqualTo(new InetSocketAddress(OTHER, 5039));
    }

    @Test
    void aTlsbindaddrOnThePlainPortGets5039() {
        assertThat(TlsBindAddress.resolve(Optional.of(new InetSocketAddress(OTHER, 15038)), LOOPBACK, 15038))
                .isEqualTo(new InetSocketAddress(OTHER, 5039));
    }

    @Test
    void aTlsbindaddrWithItsOwnPortKeepsIt() {
        assertThat(TlsBindAddress.resolve(Optional.of(new InetSocketAddress(OTHER, 6000)), LOOPBACK, 5038))
                .isEqualTo(new InetSocketAddress(OTHER, 6000));
    }

    @Test
    void readsTheRawConfigValue() {
        assertThat(TlsBindAddress.fromConfigValue("127.0.0.2:6000", LOOPBACK, 5038))
                .isEqualTo(new InetSocketAddress(OTHER, 6000));
        assertThat(TlsBindAddress.fromConfigValue("127.0.0.2", LOOPBACK, 5038))
                .isEqualTo(new InetSocketAddress(OTHER, 5039));
        assertThat(TlsBindAddress.fromConfigValue(null, LOOPBACK, 5038))
                .isEqualTo(new InetSocketAddress(LOOPBACK, 5039));
    }

    @Test
    void anInvalidConfigValueCountsAsAbsent() {
        assertThat(TlsBindAddress.fromConfigValue("not-an-address", LOOPBACK, 5038))
                .isEqualTo(new InetSocketAddress(LOOPBACK, 5039));
    }
}
