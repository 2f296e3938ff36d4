package org.switchboard.testkit.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.tls.TestCertificates.KeyFormat;
import org.switchboard.testkit.tls.TestCertificates.KeyType;

class TestCertificatesTest {
    private static TestCertificate rsa;
    private static TestCertificate ec;

    @TempDir
    Path dir;

    @BeforeAll
    static void make() {
        rsa = TestCertificates.valid(KeyType.RSA_2048);
        ec = TestCertificates.valid(KeyType.EC_P256);
    }

    @Test
    void makesRsa2048AndEcP256Keys() {
        assertThat(((RSAPublicKey) rsa.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(((ECPublicKey) ec.certificate().getPublicKey()).getParams().getOrder().bitLength()).isEqualTo(256);
        assertThat(rsa.certificate().getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(ec.certificate().getSigAlgName()).isEqualTo("SHA256withECDSA");
    }

    @Test
    void namesLoopbackAndLocalhost() throws Exception {
        assertThat(ec.certificate().getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
        assertThat(ec.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=switchboard-test");
    }

    @Test
    void isSelfSignedAndValidNow() throws Exception {
        X509Certificate certificate = rsa.certificate();
        certificate.verify(certificate.getPublicKey());
        certificate.checkValidity();
    }

    @Test
    void canBeMadeExpiredOrNotYetValid() {
        assertThatThrownBy(() -> TestCertificates.expired(KeyType.EC_P256).certificate().checkValidity())
                .isInstanceOf(CertificateExpiredException.class);
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        TestCertificate future = TestCertificates.builder().keyType(KeyType.EC_P256)
                .validity(tomorrow, tomorrow.plus(1, ChronoUnit.DAYS)).commonName("later").build();
        assertThatThrownBy(() -> future.certificate().checkValidity()).isInstanceOf(CertificateNotYetValidException.class);
        assertThat(future.certificate().getNotBefore().toInstant()).isEqualTo(tomorrow.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void writesTheKeyFormsOpensslWrites() {
        assertThat(rsa.privateKeyPem(KeyFormat.PKCS8)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(rsa.privateKeyPem(KeyFormat.TRADITIONAL)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(ec.privateKeyPem(KeyFormat.PKCS8)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(ec.privateKeyPem(KeyFormat.TRADITIONAL)).startsWith("-----BEGIN EC PRIVATE KEY-----");
        assertThat(ec.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void traditionalKeysReadBackAsTheSameKeys() throws Exception {
        for (TestCertificate cert : List.of(rsa, ec)) {
            try (PEMParser parser = new PEMParser(new StringReader(cert.privateKeyPem(KeyFormat.TRADITIONAL)))) {
                KeyPair pair = new JcaPEMKeyConverter().getKeyPair((PEMKeyPair) parser.readObject());
                if (pair.getPrivate() instanceof ECPrivateKey readBack) {
                    // the SEC1 form also carries the curve and public key, so compare the secret itself
                    assertThat(readBack.getS()).isEqualTo(((ECPrivateKey) cert.privateKey()).getS());
                } else {
                    assertThat(pair.getPrivate().getEncoded()).isEqualTo(cert.privateKey().getEncoded());
                }
                assertThat(pair.getPublic()).isEqualTo(cert.certificate().getPublicKey());
            }
            try (PEMParser parser = new PEMParser(new StringReader(cert.privateKeyPem(KeyFormat.PKCS8)))) {
                assertThat(((PrivateKeyInfo) parser.readObject()).getEncoded()).isEqualTo(cert.privateKey().getEncoded());
            }
        }
    }

    @Test
    void writesFilesIntoTheDirectory() throws Exception {
        Path combined = ec.writeCombined(dir, "asterisk.pem", KeyFormat.TRADITIONAL);
        assertThat(combined).isEqualTo(dir.resolve("asterisk.pem"));
        assertThat(Files.readString(combined)).isEqualTo(ec.certificatePem() + ec.privateKeyPem(KeyFormat.TRADITIONAL));
        assertThat(Files.readString(ec.writeCertificate(dir, "c.pem"))).isEqualTo(ec.certificatePem());
        assertThat(Files.readString(ec.writePrivateKey(dir, "k.pem", KeyFormat.PKCS8)))
                .isEqualTo(ec.privateKeyPem(KeyFormat.PKCS8));
    }
}
