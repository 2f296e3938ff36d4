package org.switchboard.manager.transport.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.EC_CERT;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.EC_PKCS8;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.EC_SEC1;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.EC_SEC1_AFTER_PARAMETERS;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.RSA_CERT;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.RSA_PKCS1;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.RSA_PKCS1_ENCRYPTED;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.RSA_PKCS8;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PEM keys as OpenSSL writes them, turned into JDK keys without BouncyCastle. */
class PemKeysTest {

    private static PemFile pem(String... texts) {
        return PemFile.parse(String.join("", texts).getBytes(US_ASCII));
    }

    private static PrivateKey key(String... texts) throws GeneralSecurityException {
        return PemKeys.privateKey(pem(texts)).orElseThrow();
    }

    @Test
    void readsPkcs1RsaAsTheSameKeyAsItsPkcs8Form() throws Exception {
        PrivateKey fromPkcs1 = key(RSA_PKCS1);
        PrivateKey fromPkcs8 = key(RSA_PKCS8);
        assertThat(fromPkcs1).isInstanceOf(RSAPrivateCrtKey.class);
        assertThat(fromPkcs1.getEncoded()).isEqualTo(fromPkcs8.getEncoded());
    }

    @Test
    void rewrapsPkcs1ExactlyAsOpensslPkcs8Does() {
        byte[] pkcs1 = pem(RSA_PKCS1).blocks().get(0).der();
        byte[] pkcs8 = pem(RSA_PKCS8).blocks().get(0).der();
        assertThat(PemKeys.pkcs8FromPkcs1(pkcs1)).isEqualTo(pkcs8);
    }

    @Test
    void readsSec1EcAsTheSameKeyAsItsPkcs8Form() throws Exception {
        ECPrivateKey fromSec1 = (ECPrivateKey) key(EC_SEC1);
        ECPrivateKey fromPkcs8 = (ECPrivateKey) key(EC_PKCS8);
        assertThat(fromSec1.getS()).isEqualTo(fromPkcs8.getS());
        assertThat(fromSec1.getParams().getCurve()).isEqualTo(fromPkcs8.getParams().getCurve());
        assertThat(fromSec1.getParams().getOrder().bitLength()).isEqualTo(256);
    }

    @Test
    void skipsTheEcParametersBlockThatOpensslEcparamWritesFirst() throws Exception {
        assertThat(key(EC_SEC1_AFTER_PARAMETERS).getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void takesTheFirstKeyOfAFileThatAlsoHoldsCertificates() throws Exception {
        assertThat(key(EC_CERT, EC_SEC1, RSA_PKCS1).getAlgorithm()).isEqualTo("EC");
        assertThat(PemKeys.certificates(pem(EC_CERT, EC_SEC1))).hasSize(1);
    }

    @Test
    void aFileWithoutKeyGivesNoKey() throws Exception {
        assertThat(PemKeys.privateKey(pem(EC_CERT))).isEmpty();
    }

    @Test
    void readsEveryCertificateInOrder() throws Exception {
        List<X509Certificate> chain = PemKeys.certificates(pem(RSA_CERT, "text between blocks\n", EC_CERT));
        assertThat(chain).extracting(c -> c.getPublicKey().getAlgorithm()).containsExactly("RSA", "EC");
    }

    @Test
    void refusesAnEncryptedKey() {
        assertThatThrownBy(() -> key(RSA_PKCS1_ENCRYPTED))
                .isInstanceOf(GeneralSecurityException.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void refusesAKeyKindItCannotConvert() {
        String dsa = "-----BEGIN DSA PRIVATE KEY-----\nMAA=\n-----END DSA PRIVATE KEY-----\n";
        assertThatThrownBy(() -> key(dsa)).hasMessageContaining("unsupported key kind 'DSA PRIVATE KEY'");
    }

    @Test
    void refusesGarbledKeyContents() {
        String garbled = "-----BEGIN RSA PRIVATE KEY-----\nAAECAwQ=\n-----END RSA PRIVATE KEY-----\n";
        assertThatThrownBy(() -> key(garbled))
                .isInstanceOf(GeneralSecurityException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void refusesAnEcKeyThatDoesNotNameItsCurve() {
        // SEC1 { 1, OCTET STRING(1 byte) } with neither [0] parameters nor a public key
        String bare = "-----BEGIN EC PRIVATE KEY-----\nMAYCAQEEAQE=\n-----END EC PRIVATE KEY-----\n";
        assertThatThrownBy(() -> key(bare)).hasMessageContaining("does not name its curve");
    }

    @Test
    void refusesBadBase64AndAMissingEndLine() {
        assertThatThrownBy(() -> pem("-----BEGIN PRIVATE KEY-----\n@@@@\n-----END PRIVATE KEY-----\n"))
                .hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> pem("-----BEGIN PRIVATE KEY-----\nAAAA\n"))
                .hasMessageContaining("no END line");
    }

    @Test
    void acceptsCrLfLineEnds() throws Exception {
        assertThat(key(EC_SEC1.replace("\n", "\r\n")).getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void tellsWhetherAKeyBelongsToACertificate() throws Exception {
        X509Certificate ecCert = PemKeys.certificates(pem(EC_CERT)).get(0);
        X509Certificate rsaCert = PemKeys.certificates(pem(RSA_CERT)).get(0);
        assertThat(PemKeys.belongTogether(key(EC_SEC1), ecCert)).isTrue();
        assertThat(PemKeys.belongTogether(key(RSA_PKCS1), rsaCert)).isTrue();
        assertThat(PemKeys.belongTogether(key(EC_SEC1_AFTER_PARAMETERS), ecCert)).isFalse();
        assertThat(PemKeys.belongTogether(key(EC_SEC1), rsaCert)).isFalse();
    }

    @Test
    void findsDhParameters() {
        String dh = "-----BEGIN DH PARAMETERS-----\nMAA=\n-----END DH PARAMETERS-----\n";
        assertThat(PemKeys.hasDhParameters(pem(RSA_PKCS1, dh))).isTrue();
        assertThat(PemKeys.hasDhParameters(pem(RSA_PKCS1))).isFalse();
    }
}
