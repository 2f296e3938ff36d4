package org.switchboard.manager.transport.tls;

import io.netty.handler.ssl.CipherSuiteConverter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an OpenSSL cipher string ({@code tlscipher}) into JDK cipher suite names.
 *
 * <p>Honoured: plain OpenSSL cipher names ({@code ECDHE-RSA-AES128-GCM-SHA256}) in their
 * order, and the {@code !name}, {@code -name} and {@code +name} operators on plain names.
 * Everything else (keywords such as {@code HIGH} or {@code !aNULL}, {@code A+B} combinations,
 * {@code @STRENGTH}, TLSv1.3 names) cannot be honoured and is reported in
 * {@link Selection#ignored()}; when no plain name is given, the provider's default list is the
 * starting point. As with OpenSSL's SSL_CTX_set_cipher_list, the string governs TLSv1.2 and
 * older suites only: the provider's TLSv1.3 suites are always kept.
 */
final class OpenSslCipherList {

    /** The suites to enable, in preference order, and the parts of the string left unused. */
    record Selection(List<String> suites, List<String> ignored) { }

    private OpenSslCipherList() { }

    /**
     * @param cipherString     the OpenSSL cipher string (not empty)
     * @param providerDefaults the provider's default server suites, in its order
     * @param providerSupported every suite the provider can enable
     * @throws TlsSetupException when no TLSv1.2-or-older suite is left, which makes OpenSSL
     *     refuse the string (Asterisk's "TLS/SSL cipher error")
     */
    static Selection select(String cipherString, List<String> providerDefaults, Collection<String> providerSupported)
            throws TlsSetupException {
        Set<String> supported = Set.copyOf(providerSupported);
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        Set<String> banned = new LinkedHashSet<>();
        List<String> ignored = new ArrayList<>();
        List<Runnable> laterEdits = new ArrayList<>();
        boolean namedAny = false;

        // OpenSSL separates elements with ':', and also accepts ',' and ' ' (ciphers(1))
        for (String element : cipherString.split("[:, ]+")) {
            if (element.isEmpty()) {
                continue;
            }
            char operator = element.charAt(0);
            boolean hasOperator = operator == '!' || operator == '-' || operator == '+';
            String name = hasOperator ? element.substring(1) : element;
            String suite = tls12Suite(name);
            if (suite == null) {
                ignored.add(element);
                continue;
            }
            if (!supported.contains(suite) && supported.contains("SSL" + suite.substring(3))) {
                suite = "SSL" + suite.substring(3);
            }
            String jdkSuite = suite;
            switch (operator) {
                case '!' -> {
                    banned.add(jdkSuite);
                    laterEdits.add(() -> chosen.remove(jdkSuite));
                }
                case '-' -> laterEdits.add(() -> chosen.remove(jdkSuite));
                case '+' -> laterEdits.add(() -> {
                    if (chosen.remove(jdkSuite)) {
                        chosen.add(jdkSuite);
                    }
                });
                default -> {
                    namedAny = true;
                    if (!supported.contains(jdkSuite)) {
                        ignored.add(element + " (not available in this JDK)");
                    } else if (!banned.contains(jdkSuite)) {
                        laterEdits.add(() -> chosen.add(jdkSuite));
                    }
                }
            }
        }

        if (!namedAny) {
            for (String suite : providerDefaults) {
                if (isTls12OrOlder(suite)) {
                    chosen.add(suite);
                }
            }
        }
        laterEdits.forEach(Runnable::run);
        if (chosen.isEmpty()) {
            throw new TlsSetupException("TLS/SSL cipher error <" + cipherString + ">: no usable cipher suite is left");
        }

        List<String> suites = new ArrayList<>();
        for (String suite : providerDefaults) {
            if (!isTls12OrOlder(suite)) {
                suites.add(suite);
            }
        }
        suites.addAll(chosen);
        return new Selection(List.copyOf(suites), List.copyOf(ignored));
    }

    /** The JDK (IANA) name of an OpenSSL TLSv1.2-or-older cipher name, or null. */
    private static String tls12Suite(String openSslName) {
        if (openSslName.isEmpty() || openSslName.startsWith("TLS_")) {
            // TLSv1.3 names are not cipher-list names (OpenSSL sets them with SSL_CTX_set_ciphersuites)
            return null;
        }
        String suite = CipherSuiteConverter.toJava(openSslName, "TLS");
        return suite != null && isTls12OrOlder(suite) ? suite : null;
    }

    /** Every TLSv1.2-or-older suite name says "_WITH_"; TLSv1.3 suites and the SCSV do not. */
    static boolean isTls12OrOlder(String jdkSuite) {
        return jdkSuite.contains("_WITH_");
    }
}
