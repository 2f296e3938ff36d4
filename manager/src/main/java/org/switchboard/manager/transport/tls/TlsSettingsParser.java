package org.switchboard.manager.transport.tls;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.acl.NumericAddress;

/**
 * Applies manager.conf [general] keys one at a time to {@link TlsSettings}, as manager.c
 * __init_manager hands them to tcptls.c ast_tls_read_conf. Keys are compared without case.
 * Not thread-safe; one parser per (re)load.
 */
public final class TlsSettingsParser {
    private static final Logger LOG = LoggerFactory.getLogger(TlsSettingsParser.class);

    /**
     * Client-side keys that ast_tls_read_conf knows but manager.c keeps from it; they then fall
     * through to the "Invalid keyword" NOTICE (spec 01 §5.2).
     */
    private static final Set<String> REJECTED_CLIENT_KEYS = Set.of(
            "tlscafile", "tlscapath", "tlscadir", "tlsverifyclient", "tlsdontverifyserver",
            "tlsclientmethod", "sslclientmethod");

    private TlsSettings settings;

    /** Starts from {@link TlsSettings#defaults()}, as every (re)load does. */
    public TlsSettingsParser() {
        this(TlsSettings.defaults());
    }

    public TlsSettingsParser(TlsSettings start) {
        this.settings = start;
    }

    /**
     * Applies one key. Returns false for a key that is not a manager TLS option (including the
     * client-only keys above), which the caller then treats as any other [general] key.
     * An invalid {@code tlsbindaddr} logs Asterisk's ERROR and keeps the previous value.
     */
    public boolean apply(String key, String value) {
        String name = key.toLowerCase(Locale.ROOT);
        if (REJECTED_CLIENT_KEYS.contains(name)) {
            return false;
        }
        switch (name) {
            case "tlsenable", "sslenable" -> settings = settings.withEnabled(isTrue(value));
            case "tlscertfile", "sslcert", "tlscert" -> settings = settings.withCertFile(value);
            case "tlsprivatekey", "sslprivatekey" -> settings = settings.withPrivateKeyFile(value);
            case "tlscipher", "sslcipher" -> settings = settings.withCipher(value);
            case "tlsbindaddr", "sslbindaddr" -> applyBindAddress(key, value);
            case "tlsservercipherorder" -> settings = settings.withServerCipherOrder(isTrue(value));
            case "tlsdisablev1" -> settings = settings.withDisableTlsV1(isTrue(value));
            case "tlsdisablev11" -> settings = settings.withDisableTlsV11(isTrue(value));
            case "tlsdisablev12" -> settings = settings.withDisableTlsV12(isTrue(value));
            default -> {
                return false;
            }
        }
        return true;
    }

    public TlsSettings settings() {
        return settings;
    }

    private void applyBindAddress(String key, String value) {
        Optional<InetSocketAddress> parsed = parseBindAddress(value);
        if (parsed.isEmpty()) {
            LOG.error("Invalid {} '{}'", key, value);
            return;
        }
        settings = settings.withBindAddress(parsed);
    }

    /** A tlsbindaddr value: a numeric address with an optional port (config.c ast_parse_arg PARSE_ADDR). */
    static Optional<InetSocketAddress> parseBindAddress(String value) {
        return NumericAddress.parse(value, NumericAddress.PortPolicy.ACCEPT)
                .map(hostPort -> new InetSocketAddress(hostPort.address(), hostPort.port()));
    }

    /** utils.c ast_true. */
    static boolean isTrue(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "t", "1", "on" -> true;
            default -> false;
        };
    }
}
