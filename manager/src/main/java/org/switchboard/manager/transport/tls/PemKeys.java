package org.switchboard.manager.transport.tls;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Certificates and unencrypted private keys from PEM, without BouncyCastle: PKCS#8
 * ({@code PRIVATE KEY}) is read as is; PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1
 * ({@code EC PRIVATE KEY}) are rewrapped into PKCS#8 first. Like OpenSSL's PEM reader, the first
 * private-key block of the file is the key, and every certificate block counts, in order.
 */
final class PemKeys {
    private static final String OID_RSA = "1.2.840.113549.1.1.1";
    private static final String OID_RSASSA_PSS = "1.2.840.113549.1.1.10";
    private static final String OID_EC = "1.2.840.10045.2.1";
    private static final String OID_DSA = "1.2.840.10040.4.1";
    private static final String OID_ED25519 = "1.3.101.112";
    private static final String OID_ED448 = "1.3.101.113";

    /** DER of the OBJECT IDENTIFIERs written when rewrapping. */
    private static final byte[] RSA_ENCRYPTION_OID = {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 1, 1, 1};
    private static final byte[] EC_PUBLIC_KEY_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 2, 1};

    private static final Map<String, String> KEY_FACTORY_BY_OID = Map.of(
            OID_RSA, "RSA",
            OID_RSASSA_PSS, "RSASSA-PSS",
            OID_EC, "EC",
            OID_DSA, "DSA",
            OID_ED25519, "Ed25519",
            OID_ED448, "Ed448");

    /** Signature algorithms used to prove that a key and a certificate belong together. */
    private static final Map<String, String> PROOF_SIGNATURE_BY_KEY_ALGORITHM = Map.of(
            "RSA", "SHA256withRSA",
            "EC", "SHA256withECDSA",
            "DSA", "SHA256withDSA",
            "EdDSA", "EdDSA",
            "Ed25519", "EdDSA",
            "Ed448", "EdDSA");

    private PemKeys() { }

    /** The certificates of every CERTIFICATE block, in file order. */
    static List<X509Certificate> certificates(PemFile file) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> chain = new ArrayList<>();
        for (PemFile.Block block : file.blocks()) {
            if (block.label().equals("CERTIFICATE") || block.label().equals("X509 CERTIFICATE")
                    || block.label().equals("TRUSTED CERTIFICATE")) {
                // a TRUSTED CERTIFICATE carries trust settings after the certificate; the factory stops before them
                chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
            }
        }
        return chain;
    }

    /**
     * The first private key of the file.
     *
     * @return empty when the file holds no private-key block
     * @throws GeneralSecurityException when the key block is encrypted, of an unsupported kind or
     *     malformed; the message says which
     */
    static Optional<PrivateKey> privateKey(PemFile file) throws GeneralSecurityException {
        for (PemFile.Block block : file.blocks()) {
            if (block.label().endsWith("PRIVATE KEY")) {
                return Optional.of(decode(block));
            }
        }
        return Optional.empty();
    }

    /** True when the file holds Diffie-Hellman parameters (tcptls.c __ssl_setup looks for them). */
    static boolean hasDhParameters(PemFile file) {
        return file.blocks().stream().anyMatch(b -> b.label().equals("DH PARAMETERS"));
    }

    static PrivateKey decode(PemFile.Block block) throws GeneralSecurityException {
        if (block.isEncrypted()) {
            throw new GeneralSecurityException("the " + block.label()
                    + " is encrypted; only unencrypted keys are supported (Asterisk would ask for a pass phrase)");
        }
        try {
            return switch (block.label()) {
                case "PRIVATE KEY" -> fromPkcs8(block.der());
                case "RSA PRIVATE KEY" -> fromPkcs8(pkcs8FromPkcs1(block.der()));
                case "EC PRIVATE KEY" -> fromPkcs8(pkcs8FromSec1(block.der()));
                default -> throw new GeneralSecurityException("unsupported key kind '" + block.label()
                        + "'; use PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY");
            };
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the " + block.label() + " is malformed: " + e.getMessage(), e);
        }
    }

    /** PKCS#8 PrivateKeyInfo { 0, { rsaEncryption, NULL }, OCTET STRING pkcs1 } (RFC 5208, RFC 8017). */
    static byte[] pkcs8FromPkcs1(byte[] pkcs1) {
        Der.Element key = Der.readWhole(pkcs1);
        if (key.tag() != Der.TAG_SEQUENCE) {
            throw new IllegalArgumentException("an RSAPrivateKey must be a SEQUENCE");
        }
        return Der.sequence(Der.integerZero(), Der.sequence(RSA_ENCRYPTION_OID, Der.nullValue()), Der.octetString(pkcs1));
    }

    /**
     * PKCS#8 PrivateKeyInfo { 0, { ecPublicKey, namedCurve }, OCTET STRING sec1 } (RFC 5915,
     * RFC 5480); the curve comes from the SEC1 key's own [0] parameters.
     */
    static byte[] pkcs8FromSec1(byte[] sec1) {
        Der.Element key = Der.readWhole(sec1);
        if (key.tag() != Der.TAG_SEQUENCE) {
            throw new IllegalArgumentException("an ECPrivateKey must be a SEQUENCE");
        }
        byte[] curve = null;
        for (Der.Element field : key.children()) {
            if (field.tag() == Der.TAG_CONTEXT_0) {
                Der.Element parameters = Der.readWhole(field.content());
                if (parameters.tag() != Der.TAG_OID) {
                    throw new IllegalArgumentException("explicit curve parameters are not supported; use a named curve");
                }
                curve = parameters.encoded();
            }
        }
        if (curve == null) {
            throw new IllegalArgumentException("the EC key does not name its curve");
        }
        return Der.sequence(Der.integerZero(), Der.sequence(EC_PUBLIC_KEY_OID, curve), Der.octetString(sec1));
    }

    static PrivateKey fromPkcs8(byte[] pkcs8) throws GeneralSecurityException {
        String algorithm = algorithmOid(pkcs8);
        String factory = KEY_FACTORY_BY_OID.get(algorithm);
        if (factory == null) {
            throw new GeneralSecurityException("unsupported key algorithm " + algorithm);
        }
        return KeyFactory.getInstance(factory).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static String algorithmOid(byte[] pkcs8) {
        List<Der.Element> fields = Der.readWhole(pkcs8).children();
        if (fields.size() < 3 || fields.get(1).tag() != Der.TAG_SEQUENCE) {
            throw new IllegalArgumentException("not a PKCS#8 PrivateKeyInfo");
        }
        Der.Element oid = fields.get(1).children().get(0);
        if (oid.tag() != Der.TAG_OID) {
            throw new IllegalArgumentException("not a PKCS#8 PrivateKeyInfo");
        }
        return Der.oidToString(oid.content());
    }

    /**
     * Whether {@code key} is the private half of {@code certificate}'s public key, proved by
     * signing with one and verifying with the other (the role of OpenSSL's
     * SSL_CTX_check_private_key). Key kinds with no proof signature here are accepted.
     */
    static boolean belongTogether(PrivateKey key, X509Certificate certificate) throws GeneralSecurityException {
        PublicKey publicKey = certificate.getPublicKey();
        String algorithm = PROOF_SIGNATURE_BY_KEY_ALGORITHM.get(key.getAlgorithm());
        if (algorithm == null) {
            return true;
        }
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm())
                && !(isEdDsa(key.getAlgorithm()) && isEdDsa(publicKey.getAlgorithm()))) {
            return false;
        }
        byte[] challenge = new byte[32];
        new SecureRandom().nextBytes(challenge);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(challenge);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(challenge);
        try {
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    private static boolean isEdDsa(String algorithm) {
        return algorithm.equals("EdDSA") || algorithm.startsWith("Ed");
    }
}
