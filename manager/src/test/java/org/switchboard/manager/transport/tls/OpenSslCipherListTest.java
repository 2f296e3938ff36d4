package org.switchboard.manager.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** tlscipher: OpenSSL names mapped to JDK names; what cannot be honoured is reported. */
class OpenSslCipherListTest {
    private static final String ECDHE_RSA_AES128 = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
    private static final String ECDHE_RSA_AES256 = "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384";
    private static final String RSA_AES128_CBC = "TLS_RSA_WITH_AES_128_CBC_SHA";
    private static final List<String> DEFAULTS = List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
            ECDHE_RSA_AES256, ECDHE_RSA_AES128, RSA_AES128_CBC, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV");
    private static final List<String> SUPPORTED = List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
            ECDHE_RSA_AES256, ECDHE_RSA_AES128, RSA_AES128_CBC, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV",
            "SSL_RSA_WITH_3DES_EDE_CBC_SHA");

    private static OpenSslCipherList.Selection select(String cipher) throws TlsSetupException {
        return OpenSslCipherList.select(cipher, DEFAULTS, SUPPORTED);
    }

    @Test
    void mapsPlainNamesInTheirOrderAndKeepsTheTls13Suites() throws Exception {
        OpenSslCipherList.Selection selection = select("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
        assertThat(selection.suites()).containsExactly("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
                "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", ECDHE_RSA_AES128, ECDHE_RSA_AES256);
        assertThat(selection.ignored()).isEmpty();
    }

    @Test
    void acceptsCommasAndSpacesAsSeparators() throws Exception {
        assertThat(select("AES128-SHA, ECDHE-RSA-AES128-GCM-SHA256").suites())
                .endsWith(RSA_AES128_CBC, ECDHE_RSA_AES128);
    }

    @Test
    void usesTheJdkSslPrefixWhereTheJdkHasIt() throws Exception {
        assertThat(select("DES-CBC3-SHA").suites()).endsWith("SSL_RSA_WITH_3DES_EDE_CBC_SHA");
    }

    @Test
    void reportsKeywordsAndStartsFromTheDefaultsWhenNoNameIsGiven() throws Exception {
        OpenSslCipherList.Selection selection = select("HIGH:!aNULL:@STRENGTH:AES+RSA");
        assertThat(selection.ignored()).containsExactly("HIGH", "!aNULL", "@STRENGTH", "AES+RSA");
        assertThat(selection.suites()).containsExactlyElementsOf(List.of("TLS_AES_256_GCM_SHA384",
                "TLS_AES_128_GCM_SHA256", "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", ECDHE_RSA_AES256, ECDHE_RSA_AES128,
                RSA_AES128_CBC));
    }

    @Test
    void honoursRemovalOfNamedCiphersFromTheDefaults() throws Exception {
        OpenSslCipherList.Selection selection = select("DEFAULT:!AES128-SHA:-ECDHE-RSA-AES256-GCM-SHA384");
        assertThat(selection.suites()).doesNotContain(RSA_AES128_CBC, ECDHE_RSA_AES256).contains(ECDHE_RSA_AES128);
        assertThat(selection.ignored()).containsExactly("DEFAULT");
    }

    @Test
    void aBannedNameCannotComeBackButARemovedOneCan() throws Exception {
        assertThat(select("ECDHE-RSA-AES128-GCM-SHA256:!AES128-SHA:AES128-SHA").suites()).doesNotContain(RSA_AES128_CBC);
        assertThat(select("AES128-SHA:-AES128-SHA:AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256").suites())
                .endsWith(RSA_AES128_CBC, ECDHE_RSA_AES128);
    }

    @Test
    void plusMovesANameToTheEnd() throws Exception {
        assertThat(select("AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:+AES128-SHA").suites())
                .endsWith(ECDHE_RSA_AES128, RSA_AES128_CBC);
    }

    @Test
    void reportsNamesTheJdkLacksAndTls13NamesButKeepsTheRest() throws Exception {
        OpenSslCipherList.Selection selection = select("RC4-SHA:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256");
        assertThat(selection.ignored()).containsExactly("RC4-SHA (not available in this JDK)", "TLS_AES_128_GCM_SHA256");
        assertThat(selection.suites()).endsWith(ECDHE_RSA_AES128).doesNotContain("TLS_RSA_WITH_RC4_128_SHA");
    }

    @Test
    void failsLikeOpensslWhenNothingUsableIsLeft() {
        assertThatThrownBy(() -> select("RC4-SHA:NULL-SHA"))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageStartingWith("TLS/SSL cipher error <RC4-SHA:NULL-SHA>");
        assertThatThrownBy(() -> select("AES128-SHA:!AES128-SHA")).isInstanceOf(TlsSetupException.class);
    }
}
