package org.switchboard.manager.transport.tls;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The TLS versions the listener offers. Asterisk offers every version OpenSSL allows from TLSv1
 * up and removes those its {@code tlsdisablev*} flags name (tcptls.c __ssl_setup); TLSv1.3 cannot
 * be disabled. Here the JDK decides what it allows: TLSv1 and TLSv1.1 are offered only when
 * the JDK's own server defaults still include them.
 */
final class TlsProtocols {
    static final String TLS_V1_3 = "TLSv1.3";
    static final String TLS_V1_2 = "TLSv1.2";
    static final String TLS_V1_1 = "TLSv1.1";
    static final String TLS_V1 = "TLSv1";

    private static final List<String> CANDIDATES = List.of(TLS_V1_3, TLS_V1_2, TLS_V1_1, TLS_V1);

    private TlsProtocols() { }

    /**
     * @param settings          the tlsdisablev* flags
     * @param providerDefaults  the protocols the JDK enables by default on a server engine (it
     *                          leaves out those its jdk.tls.disabledAlgorithms forbid)
     */
    static List<String> select(TlsSettings settings, Collection<String> providerDefaults) {
        List<String> protocols = new ArrayList<>();
        for (String candidate : CANDIDATES) {
            if (providerDefaults.contains(candidate) && !disabled(settings, candidate)) {
                protocols.add(candidate);
            }
        }
        return protocols;
    }

    private static boolean disabled(TlsSettings settings, String protocol) {
        return switch (protocol) {
            case TLS_V1 -> settings.disableTlsV1();
            case TLS_V1_1 -> settings.disableTlsV11();
            case TLS_V1_2 -> settings.disableTlsV12();
            default -> false;
        };
    }
}
