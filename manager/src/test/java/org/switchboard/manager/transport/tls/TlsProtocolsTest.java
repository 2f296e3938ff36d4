package org.switchboard.manager.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** tcptls.c __ssl_setup: all versions the library allows, minus the tlsdisablev* ones. */
class TlsProtocolsTest {
    private static final List<String> MODERN_JDK = List.of("TLSv1.3", "TLSv1.2");
    private static final List<String> PERMISSIVE_JDK = List.of("TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1");

    @Test
    void offersWhatTheJdkAllowsByDefault() {
        assertThat(TlsProtocols.select(TlsSettings.defaults(), MODERN_JDK)).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(TlsProtocols.select(TlsSettings.defaults(), PERMISSIVE_JDK))
                .containsExactly("TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1");
    }

    @Test
    void eachFlagRemovesItsVersion() {
        TlsSettings settings = TlsSettings.defaults();
        assertThat(TlsProtocols.select(settings.withDisableTlsV1(true), PERMISSIVE_JDK))
                .containsExactly("TLSv1.3", "TLSv1.2", "TLSv1.1");
        assertThat(TlsProtocols.select(settings.withDisableTlsV11(true), PERMISSIVE_JDK))
                .containsExactly("TLSv1.3", "TLSv1.2", "TLSv1");
        assertThat(TlsProtocols.select(settings.withDisableTlsV12(true), PERMISSIVE_JDK))
                .containsExactly("TLSv1.3", "TLSv1.1", "TLSv1");
    }

    @Test
    void tlsV13CannotBeDisabled() {
        TlsSettings all = TlsSettings.defaults().withDisableTlsV1(true).withDisableTlsV11(true).withDisableTlsV12(true);
        assertThat(TlsProtocols.select(all, PERMISSIVE_JDK)).containsExactly("TLSv1.3");
    }

    @Test
    void neverOffersSslOrVersionsTheJdkLeftOut() {
        assertThat(TlsProtocols.select(TlsSettings.defaults(), List.of("TLSv1.2", "SSLv3", "SSLv2Hello")))
                .containsExactly("TLSv1.2");
    }
}
