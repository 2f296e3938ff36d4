package org.switchboard.testkit.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.switchboard.testkit.tls.TestCertificates.KeyFormat;
import org.switchboard.testkit.tls.TestCertificates.KeyType;

/** A self-signed certificate with its private key, made by {@link TestCertificates}. Immutable. */
public final class TestCertificate {
    private final KeyType keyType;
    private final X509Certificate certificate;
    private final PrivateKey privateKey;

    TestCertificate(KeyType keyType, X509Certificate certificate, PrivateKey privateKey) {
        this.keyType = keyType;
        this.certificate = certificate;
        this.privateKey = privateKey;
    }

    public KeyType keyType() {
        return keyType;
    }

    /** The certificate, for example as a client's trust anchor. */
    public X509Certificate certificate() {
        return certificate;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /**
     * A client TLS context that trusts exactly this certificate (as a trust anchor, so the JDK
     * does not check its dates), for {@code AmiTestClient.connectTls}.
     */
    public SSLContext trustingClientContext() {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("switchboard", certificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a TLS client context", e);
        }
    }

    /** The certificate as one {@code BEGIN CERTIFICATE} block. */
    public String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as one PEM block, in the given form. */
    public String privateKeyPem(KeyFormat format) {
        byte[] pkcs8 = privateKey.getEncoded();
        if (format == KeyFormat.PKCS8) {
            return pem("PRIVATE KEY", pkcs8);
        }
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(pkcs8);
            if (keyType == KeyType.RSA_2048) {
                return pem("RSA PRIVATE KEY", info.parsePrivateKey().toASN1Primitive().getEncoded());
            }
            // SEC1 with the named curve and the public key, as `openssl ec` writes it
            ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
            ASN1Encodable curve = info.getPrivateKeyAlgorithm().getParameters();
            SubjectPublicKeyInfo publicKey = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
            ECPrivateKey sec1 = new ECPrivateKey(256, inner.getKey(), publicKey.getPublicKeyData(), curve);
            return pem("EC PRIVATE KEY", sec1.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the certificate to {@code dir/fileName} and returns the path. */
    public Path writeCertificate(Path dir, String fileName) {
        return write(dir.resolve(fileName), certificatePem());
    }

    /** Writes the private key to {@code dir/fileName} and returns the path. */
    public Path writePrivateKey(Path dir, String fileName, KeyFormat format) {
        return write(dir.resolve(fileName), privateKeyPem(format));
    }

    /** Writes certificate then key into one file, as Asterisk's default {@code asterisk.pem} holds them. */
    public Path writeCombined(Path dir, String fileName, KeyFormat format) {
        return write(dir.resolve(fileName), certificatePem() + privateKeyPem(format));
    }

    private static Path write(Path file, String text) {
        try {
            return Files.write(file, text.getBytes(US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(label, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return keyType + " " + certificate.getSubjectX500Principal() + " until " + certificate.getNotAfter();
    }
}
