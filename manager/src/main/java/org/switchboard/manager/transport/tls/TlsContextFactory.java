package org.switchboard.manager.transport.tls;

import io.netty.handler.ssl.DelegatingSslContext;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the server {@link SslContext} (Netty, JDK provider) of the AMI TLS listener from
 * {@link TlsSettings}, as tcptls.c __ssl_setup builds its SSL_CTX.
 *
 * <ul>
 *   <li>Certificate chain: every certificate of the PEM cert file, leaf first.</li>
 *   <li>Private key: the first key of the private key file, or of the cert file when no key file
 *       is set; unencrypted PKCS#8, PKCS#1 RSA or SEC1 EC. It must match the certificate.</li>
 *   <li>A cert file named {@code *_rsa.xxx} also brings in {@code *_ecc.xxx} and
 *       {@code *_dsa.xxx} (certificate and key in one file) when they exist, as Asterisk does;
 *       a broken companion is logged and skipped.</li>
 *   <li>Protocols: see {@link TlsProtocols}. Ciphers: see {@link OpenSslCipherList}; what cannot
 *       be honoured is logged once as a WARNING.</li>
 *   <li>The client's cipher preference wins unless {@code tlsservercipherorder} is set, or the
 *       key file holds DH parameters (Asterisk then turns server preference on). The DH
 *       parameters themselves are not used: the JDK picks its own groups.</li>
 * </ul>
 *
 * Any unreadable or invalid file fails with a {@link TlsSetupException} naming it: unlike
 * Asterisk, which logs and runs without TLS, this fails closed. Client certificates are not
 * requested (manager.conf cannot ask for them). The factory holds no state.
 */
public final class TlsContextFactory {
    private static final Logger LOG = LoggerFactory.getLogger(TlsContextFactory.class);
    private static final char[] IN_MEMORY_STORE_PASSWORD = "switchboard".toCharArray();

    private final Path workingDirectory;

    /** Resolves relative file names against the process's working directory, as OpenSSL does. */
    public TlsContextFactory() {
        this(Path.of("").toAbsolutePath());
    }

    /**
     * Resolves relative file names against {@code workingDirectory} (for Asterisk that is the
     * directory it was started from, or {@code /} once it has daemonised; asterisk.c main).
     */
    public TlsContextFactory(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Builds the server context; {@link TlsSettings#enabled()} is not consulted. */
    public SslContext create(TlsSettings settings) throws TlsSetupException {
        if (settings.certFile().isEmpty()) {
            throw new TlsSetupException("TLS/SSL needs a certificate: tlscertfile is empty");
        }
        Path certPath = workingDirectory.resolve(settings.certFile());
        Path keyPath = settings.privateKeyFile().isEmpty() ? certPath : workingDirectory.resolve(settings.privateKeyFile());

        PemFile certFile = readPem(certPath, certError(certPath));
        List<X509Certificate> chain = certificates(certFile, certPath);
        PemFile keyFile = keyPath.equals(certPath) ? certFile : readPem(keyPath, keyError(keyPath));
        PrivateKey key = privateKey(keyFile, keyPath, chain.get(0), certPath);

        KeyStore keyStore = newKeyStore();
        addKeyEntry(keyStore, "main", key, chain, certPath);
        for (Companion companion : companions(settings.certFile())) {
            loadCompanion(keyStore, companion);
        }

        boolean dhParameters = !settings.privateKeyFile().isEmpty() && PemKeys.hasDhParameters(keyFile);
        if (dhParameters) {
            LOG.info("DH parameters in {} are not used (the JDK chooses its own groups); "
                    + "server cipher order is turned on as Asterisk does", keyPath);
        }
        boolean serverCipherOrder = settings.serverCipherOrder() || dhParameters;

        SSLEngine probe = defaultServerEngine();
        List<String> protocols = TlsProtocols.select(settings, Arrays.asList(probe.getEnabledProtocols()));
        if (protocols.isEmpty()) {
            throw new TlsSetupException("TLS/SSL has no protocol version left after tlsdisablev1/v11/v12");
        }
        List<String> ciphers = ciphers(settings.cipher(), probe);

        try {
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, IN_MEMORY_STORE_PASSWORD);
            SslContext context = SslContextBuilder.forServer(keyManagers)
                    .sslProvider(SslProvider.JDK)
                    .protocols(protocols)
                    .ciphers(ciphers, IdentityCipherSuiteFilter.INSTANCE)
                    .build();
            return new CipherOrderSslContext(context, serverCipherOrder);
        } catch (SSLException | GeneralSecurityException e) {
            throw new TlsSetupException("TLS/SSL setup failed for " + certPath + ": " + e.getMessage(), certPath, e);
        }
    }

    private static List<String> ciphers(String cipherString, SSLEngine probe) throws TlsSetupException {
        List<String> defaults = Arrays.asList(probe.getEnabledCipherSuites());
        if (cipherString.isEmpty()) {
            return defaults;
        }
        OpenSslCipherList.Selection selection =
                OpenSslCipherList.select(cipherString, defaults, Arrays.asList(probe.getSupportedCipherSuites()));
        if (!selection.ignored().isEmpty()) {
            LOG.warn("tlscipher '{}': ignored {} (only plain OpenSSL cipher names and !name/-name/+name are "
                    + "honoured; TLSv1.3 suites stay the JDK's)", cipherString, selection.ignored());
        }
        return selection.suites();
    }

    private static SSLEngine defaultServerEngine() throws TlsSetupException {
        try {
            SSLEngine engine = SSLContext.getDefault().createSSLEngine();
            engine.setUseClientMode(false);
            return engine;
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException("the JDK has no default TLS context: " + e.getMessage(), null, e);
        }
    }

    private static List<X509Certificate> certificates(PemFile file, Path path) throws TlsSetupException {
        List<X509Certificate> chain;
        try {
            chain = PemKeys.certificates(file);
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException(certError(path) + ": " + e.getMessage(), path, e);
        }
        if (chain.isEmpty()) {
            throw new TlsSetupException(certError(path) + ": no CERTIFICATE block", path, null);
        }
        return chain;
    }

    private static PrivateKey privateKey(PemFile file, Path keyPath, X509Certificate leaf, Path certPath)
            throws TlsSetupException {
        Optional<PrivateKey> key;
        try {
            key = PemKeys.privateKey(file);
            if (key.isPresent() && !PemKeys.belongTogether(key.get(), leaf)) {
                throw new TlsSetupException(keyError(keyPath) + ": the key does not match the certificate in "
                        + certPath, keyPath, null);
            }
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException(keyError(keyPath) + ": " + e.getMessage(), keyPath, e);
        }
        if (key.isEmpty()) {
            throw new TlsSetupException(keyError(keyPath) + ": no PRIVATE KEY block", keyPath, null);
        }
        return key.get();
    }

    private static PemFile readPem(Path path, String errorPrefix) throws TlsSetupException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new TlsSetupException(errorPrefix + ": no such file", path, e);
        } catch (AccessDeniedException e) {
            throw new TlsSetupException(errorPrefix + ": permission denied", path, e);
        } catch (IOException e) {
            throw new TlsSetupException(errorPrefix + ": " + e, path, e);
        }
        try {
            return PemFile.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new TlsSetupException(errorPrefix + ": " + e.getMessage(), path, e);
        }
    }

    /** Asterisk's texts (tcptls.c __ssl_setup), followed here by the reason. */
    private static String certError(Path path) {
        return "TLS/SSL error loading cert file. <" + path + ">";
    }

    private static String keyError(Path path) {
        return "TLS/SSL error loading private key file. <" + path + ">";
    }

    /** A {@code *_ecc.*} or {@code *_dsa.*} file next to a {@code *_rsa.*} cert file. */
    private record Companion(Path path, String keyType) { }

    private List<Companion> companions(String certFile) {
        List<Companion> companions = new ArrayList<>();
        // tcptls.c: a name with "_rsa." eight characters from its end (a three-letter extension)
        int length = certFile.length();
        if (length >= 8 && certFile.startsWith("_rsa.", length - 8)) {
            String stem = certFile.substring(0, length - 8);
            String extension = certFile.substring(length - 3);
            companions.add(new Companion(workingDirectory.resolve(stem + "_ecc." + extension), "ECC"));
            companions.add(new Companion(workingDirectory.resolve(stem + "_dsa." + extension), "DSA"));
        }
        return companions;
    }

    private static void loadCompanion(KeyStore keyStore, Companion companion) {
        if (!Files.exists(companion.path())) {
            return;
        }
        try {
            PemFile file = PemFile.parse(Files.readAllBytes(companion.path()));
            List<X509Certificate> chain = PemKeys.certificates(file);
            if (chain.isEmpty()) {
                LOG.warn("TLS/SSL error loading public {} key (certificate) from <{}>.", companion.keyType(), companion.path());
                return;
            }
            Optional<PrivateKey> key = PemKeys.privateKey(file);
            if (key.isEmpty()) {
                LOG.warn("TLS/SSL error loading private {} key from <{}>.", companion.keyType(), companion.path());
                return;
            }
            if (!PemKeys.belongTogether(key.get(), chain.get(0))) {
                LOG.warn("TLS/SSL error matching private {} key and certificate in <{}>.", companion.keyType(),
                        companion.path());
                return;
            }
            keyStore.setKeyEntry(companion.keyType(), key.get(), IN_MEMORY_STORE_PASSWORD,
                    chain.toArray(new X509Certificate[0]));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            LOG.warn("TLS/SSL error loading {} certificate and key from <{}>: {}", companion.keyType(),
                    companion.path(), e.getMessage());
        }
    }

    private static KeyStore newKeyStore() throws TlsSetupException {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            return keyStore;
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsSetupException("cannot create an in-memory key store: " + e.getMessage(), null, e);
        }
    }

    private static void addKeyEntry(KeyStore keyStore, String alias, PrivateKey key, List<X509Certificate> chain,
                                    Path certPath) throws TlsSetupException {
        try {
            keyStore.setKeyEntry(alias, key, IN_MEMORY_STORE_PASSWORD, chain.toArray(new X509Certificate[0]));
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException(certError(certPath) + ": " + e.getMessage(), certPath, e);
        }
    }

    /**
     * Sets the cipher-order preference on every engine: the JDK's server default is to prefer
     * its own order, OpenSSL's (and so Asterisk's) is the client's unless told otherwise.
     */
    private static final class CipherOrderSslContext extends DelegatingSslContext {
        private final boolean serverOrder;

        CipherOrderSslContext(SslContext context, boolean serverOrder) {
            super(context);
            this.serverOrder = serverOrder;
        }

        @Override
        protected void initEngine(SSLEngine engine) {
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setUseCipherSuitesOrder(serverOrder);
            engine.setSSLParameters(parameters);
        }
    }
}
