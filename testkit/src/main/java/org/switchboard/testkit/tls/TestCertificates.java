package org.switchboard.testkit.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes self-signed TLS server certificates for tests: RSA 2048 or EC P-256, with subject
 * alternative names {@code 127.0.0.1} and {@code localhost}, and a validity of your choice, so
 * that expired or not-yet-valid certificates can be made as well. The result is a
 * {@link TestCertificate} that writes PEM files in the forms Asterisk reads.
 *
 * <pre>{@code
 * TestCertificate cert = TestCertificates.builder().keyType(KeyType.EC_P256).build();
 * Path pem = cert.writeCombined(dir, "asterisk.pem", KeyFormat.TRADITIONAL);
 * }</pre>
 *
 * <p>Not for production: keys are generated on the fly and never protected.
 */
public final class TestCertificates {

    /** The key pair to generate. */
    public enum KeyType {
        RSA_2048("SHA256withRSA"),
        EC_P256("SHA256withECDSA");

        final String signatureAlgorithm;

        KeyType(String signatureAlgorithm) {
            this.signatureAlgorithm = signatureAlgorithm;
        }
    }

    /** How the private key is written. */
    public enum KeyFormat {
        /** {@code BEGIN PRIVATE KEY} (PKCS#8), for either key type. */
        PKCS8,
        /** {@code BEGIN RSA PRIVATE KEY} (PKCS#1) or {@code BEGIN EC PRIVATE KEY} (SEC1). */
        TRADITIONAL
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCertificates() { }

    public static Builder builder() {
        return new Builder();
    }

    /** A certificate of {@code keyType} valid from a day ago for a year. */
    public static TestCertificate valid(KeyType keyType) {
        return builder().keyType(keyType).build();
    }

    /** A certificate of {@code keyType} that expired yesterday (valid for the 30 days before). */
    public static TestCertificate expired(KeyType keyType) {
        Instant now = Instant.now();
        return builder().keyType(keyType).validity(now.minus(31, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)).build();
    }

    /** Options for one certificate; {@link #build()} may be called more than once. */
    public static final class Builder {
        private KeyType keyType = KeyType.RSA_2048;
        private String commonName = "switchboard-test";
        private Instant notBefore;
        private Instant notAfter;

        private Builder() { }

        public Builder keyType(KeyType value) {
            this.keyType = Objects.requireNonNull(value);
            return this;
        }

        public Builder commonName(String value) {
            this.commonName = Objects.requireNonNull(value);
            return this;
        }

        /** The validity period; by default from one day ago until 365 days from now. */
        public Builder validity(Instant from, Instant until) {
            this.notBefore = Objects.requireNonNull(from);
            this.notAfter = Objects.requireNonNull(until);
            return this;
        }

        /** Generates the key pair and signs the certificate with it. */
        public TestCertificate build() {
            Instant now = Instant.now();
            Instant from = notBefore != null ? notBefore : now.minus(Duration.ofDays(1));
            Instant until = notAfter != null ? notAfter : now.plus(Duration.ofDays(365));
            try {
                KeyPair keyPair = generateKeyPair(keyType);
                X500Name name = new X500Name("CN=" + commonName);
                X509v3CertificateBuilder certificate = new JcaX509v3CertificateBuilder(name,
                        new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(from), Date.from(until), name,
                        keyPair.getPublic());
                certificate.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.dNSName, "localhost")}));
                certificate.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                certificate.addExtension(Extension.keyUsage, true, new KeyUsage(keyType == KeyType.RSA_2048
                        ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature));
                certificate.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                X509Certificate signed = new JcaX509CertificateConverter().getCertificate(certificate.build(
                        new JcaContentSignerBuilder(keyType.signatureAlgorithm).build(keyPair.getPrivate())));
                return new TestCertificate(keyType, signed, keyPair.getPrivate());
            } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
                throw new IllegalStateException("cannot make a test certificate", e);
            }
        }

        private static KeyPair generateKeyPair(KeyType type) throws GeneralSecurityException {
            if (type == KeyType.RSA_2048) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048, RANDOM);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        }
    }
}
