package org.switchboard.manager.transport.tls;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * The TLS options of manager.conf [general] (spec 01 §5.2; tcptls.c ast_tls_read_conf), with
 * Asterisk's defaults from {@link #defaults()} (manager.c manager_set_defaults).
 *
 * @param enabled           {@code tlsenable} / {@code sslenable}
 * @param bindAddress       {@code tlsbindaddr} / {@code sslbindaddr} as written (port 0 when it
 *                          names none); empty when unset. {@link TlsBindAddress} gives the
 *                          address actually used.
 * @param certFile          {@code tlscertfile} / {@code sslcert} / {@code tlscert}; a relative
 *                          name is relative to the working directory, as Asterisk hands it to
 *                          OpenSSL unchanged
 * @param privateKeyFile    {@code tlsprivatekey} / {@code sslprivatekey}; empty means the key is
 *                          in the certificate file
 * @param cipher            {@code tlscipher} / {@code sslcipher}, an OpenSSL cipher string; empty
 *                          means the provider's default list
 * @param serverCipherOrder {@code tlsservercipherorder}: the server's preference order wins
 * @param disableTlsV1      {@code tlsdisablev1}
 * @param disableTlsV11     {@code tlsdisablev11}
 * @param disableTlsV12     {@code tlsdisablev12}
 */
public record TlsSettings(
        boolean enabled,
        Optional<InetSocketAddress> bindAddress,
        String certFile,
        String privateKeyFile,
        String cipher,
        boolean serverCipherOrder,
        boolean disableTlsV1,
        boolean disableTlsV11,
        boolean disableTlsV12) {

    /** tcptls.h AST_CERTFILE. */
    public static final String DEFAULT_CERT_FILE = "asterisk.pem";

    private static final TlsSettings DEFAULTS =
            new TlsSettings(false, Optional.empty(), DEFAULT_CERT_FILE, "", "", false, false, false, false);

    public TlsSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(certFile, "certFile");
        Objects.requireNonNull(privateKeyFile, "privateKeyFile");
        Objects.requireNonNull(cipher, "cipher");
    }

    /** What every (re)load starts from: disabled, {@code asterisk.pem}, no key file, no cipher list. */
    public static TlsSettings defaults() {
        return DEFAULTS;
    }

    public TlsSettings withEnabled(boolean value) {
        return new TlsSettings(value, bindAddress, certFile, privateKeyFile, cipher, serverCipherOrder,
                disableTlsV1, disableTlsV11, disableTlsV12);
    }

    public TlsSettings withBindAddress(Optional<InetSocketAddress> value) {
        return new TlsSettings(enabled, value, certFile, privateKeyFile, cipher, serverCipherOrder,
                disableTlsV1, disableTlsV11, disableTlsV12);
    }

    public TlsSettings withCertFile(String value) {
        return new TlsSettings(enabled, bindAddress, value, privateKeyFile, cipher, serverCipherOrder,
                disableTlsV1, disableTlsV11, disableTlsV12);
    }

    public TlsSettings withPrivateKeyFile(String value) {
        return new TlsSettings(enabled, bindAddress, certFile, value, cipher, serverCipherOrder,
                disableTlsV1, disableTlsV11, disableTlsV12);
    }

    public TlsSettings withCipher(String value) {
        return new TlsSettings(enabled, bindAddress, certFile, privateKeyFile, value, serverCipherOrder,
                disableTlsV1, disableTlsV11, disableTlsV12);
    }

    public TlsSettings withServerCipherOrder(boolean value) {
        return new TlsSettings(enabled, bindAddress, certFile, privateKeyFile, cipher, value,
                disableTlsV1, disableTlsV11, disableTlsV12);
    }

    public TlsSettings withDisableTlsV1(boolean value) {
        return new TlsSettings(enabled, bindAddress, certFile, privateKeyFile, cipher, serverCipherOrder,
                value, disableTlsV11, disableTlsV12);
    }

    public TlsSettings withDisableTlsV11(boolean value) {
        return new TlsSettings(enabled, bindAddress, certFile, privateKeyFile, cipher, serverCipherOrder,
                disableTlsV1, value, disableTlsV12);
    }

    public TlsSettings withDisableTlsV12(boolean value) {
        return new TlsSettings(enabled, bindAddress, certFile, privateKeyFile, cipher, serverCipherOrder,
                disableTlsV1, disableTlsV11, value);
    }
}
