package org.switchboard.manager.transport.tls;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the TLS listener binds (spec 01 §5.2; manager.c __init_manager): the {@code tlsbindaddr}
 * when set, else the plain bind address; and port 5039 whenever that address has no port or
 * the same port as the plain listener.
 */
public final class TlsBindAddress {
    /** manager.c DEFAULT_MANAGER_TLS_PORT. */
    public static final int DEFAULT_PORT = 5039;

    private static final Logger LOG = LoggerFactory.getLogger(TlsBindAddress.class);

    private TlsBindAddress() { }

    /**
     * @param tlsBindAddress the parsed {@code tlsbindaddr}, port 0 when none was written
     * @param plainAddress   the plain listener's address ({@code bindaddr}, default {@code ::})
     * @param plainPort      the plain listener's port ({@code port}, default 5038)
     */
    public static InetSocketAddress resolve(Optional<InetSocketAddress> tlsBindAddress, InetAddress plainAddress,
                                            int plainPort) {
        InetSocketAddress chosen = tlsBindAddress.orElseGet(() -> new InetSocketAddress(plainAddress, plainPort));
        if (chosen.getPort() == 0 || chosen.getPort() == plainPort) {
            return new InetSocketAddress(chosen.getAddress(), DEFAULT_PORT);
        }
        return chosen;
    }

    /**
     * The same from the raw {@code tlsbindaddr} text (null when the line is absent). An invalid
     * value logs Asterisk's ERROR and counts as absent.
     */
    public static InetSocketAddress fromConfigValue(String tlsBindAddressValue, InetAddress plainAddress, int plainPort) {
        Optional<InetSocketAddress> parsed = Optional.empty();
        if (tlsBindAddressValue != null) {
            parsed = TlsSettingsParser.parseBindAddress(tlsBindAddressValue);
            if (parsed.isEmpty()) {
                LOG.error("Invalid tlsbindaddr '{}'", tlsBindAddressValue);
            }
        }
        return resolve(parsed, plainAddress, plainPort);
    }
}
