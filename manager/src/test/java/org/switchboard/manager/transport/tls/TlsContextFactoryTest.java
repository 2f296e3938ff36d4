package org.switchboard.manager.transport.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.EC_CERT;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.EC_SEC1;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.EC_SEC1_AFTER_PARAMETERS;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.RSA_CERT;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.RSA_PKCS1;
import static org.switchboard.manager.transport.tls.OpenSslPemFixtures.RSA_PKCS1_ENCRYPTED;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Building the server context from files, and failing closed with the file named. Handshakes
 * over these contexts are tested in testkit (org.switchboard.testkit.tls).
 */
class TlsContextFactoryTest {
    @TempDir
    Path dir;

    private Path write(String name, String... pems) throws IOException {
        return Files.write(dir.resolve(name), String.join("", pems).getBytes(US_ASCII));
    }

    private SslContext create(TlsSettings settings) throws TlsSetupException {
        return new TlsContextFactory(dir).create(settings);
    }

    @Test
    void readsCertificateAndKeyFromOneFile() throws Exception {
        write("asterisk.pem", EC_CERT, EC_SEC1);
        SslContext context = create(TlsSettings.defaults());
        assertThat(context.isServer()).isTrue();
        SSLEngine engine = context.newEngine(ByteBufAllocator.DEFAULT);
        assertThat(engine.getUseClientMode()).isFalse();
        assertThat(engine.getSSLParameters().getUseCipherSuitesOrder()).isFalse();
    }

    @Test
    void readsAPkcs1KeyFromItsOwnFile() throws Exception {
        write("cert.pem", RSA_CERT);
        write("key.pem", RSA_PKCS1);
        assertThat(create(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("key.pem")).isServer())
                .isTrue();
    }

    @Test
    void resolvesRelativeNamesAgainstTheWorkingDirectoryAndKeepsAbsoluteOnes() throws Exception {
        Path absolute = write("elsewhere.pem", EC_CERT, EC_SEC1);
        assertThat(new TlsContextFactory(Path.of("/nonexistent"))
                .create(TlsSettings.defaults().withCertFile(absolute.toString())).isServer()).isTrue();
        assertThatThrownBy(() -> create(TlsSettings.defaults()))
                .isInstanceOfSatisfying(TlsSetupException.class, e -> assertThat(e.file()).isEqualTo(dir.resolve("asterisk.pem")))
                .hasMessage("TLS/SSL error loading cert file. <" + dir.resolve("asterisk.pem") + ">: no such file");
    }

    @Test
    void aMissingKeyFileIsNamed() throws Exception {
        write("cert.pem", EC_CERT);
        Path key = dir.resolve("missing.key");
        assertThatThrownBy(() -> create(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("missing.key")))
                .isInstanceOfSatisfying(TlsSetupException.class, e -> assertThat(e.file()).isEqualTo(key))
                .hasMessage("TLS/SSL error loading private key file. <" + key + ">: no such file");
    }

    @Test
    void aGarbledKeyFileIsNamed() throws Exception {
        write("cert.pem", EC_CERT);
        Path key = write("key.pem", "-----BEGIN EC PRIVATE KEY-----\nnot base64 at all!\n-----END EC PRIVATE KEY-----\n");
        assertThatThrownBy(() -> create(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("key.pem")))
                .isInstanceOfSatisfying(TlsSetupException.class, e -> assertThat(e.file()).isEqualTo(key))
                .hasMessageStartingWith("TLS/SSL error loading private key file. <" + key + ">: ");
    }

    @Test
    void aKeyThatIsNotTheCertificatesIsRefused() throws Exception {
        write("cert.pem", EC_CERT);
        Path key = write("key.pem", EC_SEC1_AFTER_PARAMETERS);
        assertThatThrownBy(() -> create(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("key.pem")))
                .hasMessage("TLS/SSL error loading private key file. <" + key + ">: the key does not match the "
                        + "certificate in " + dir.resolve("cert.pem"));
    }

    @Test
    void anEncryptedKeyIsRefused() throws Exception {
        write("cert.pem", RSA_CERT);
        write("key.pem", RSA_PKCS1_ENCRYPTED);
        assertThatThrownBy(() -> create(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("key.pem")))
                .hasMessageContaining("key.pem>: ").hasMessageContaining("encrypted");
    }

    @Test
    void aCertFileWithoutKeyAndNoKeyFileIsRefused() throws Exception {
        Path cert = write("asterisk.pem", EC_CERT);
        assertThatThrownBy(() -> create(TlsSettings.defaults()))
                .hasMessage("TLS/SSL error loading private key file. <" + cert + ">: no PRIVATE KEY block");
    }

    @Test
    void aCertFileWithoutCertificateIsRefused() throws Exception {
        Path cert = write("asterisk.pem", EC_SEC1);
        assertThatThrownBy(() -> create(TlsSettings.defaults()))
                .hasMessage("TLS/SSL error loading cert file. <" + cert + ">: no CERTIFICATE block");
    }

    @Test
    void aGarbledCertificateIsRefused() throws Exception {
        Path cert = write("asterisk.pem", "-----BEGIN CERTIFICATE-----\nAAECAw==\n-----END CERTIFICATE-----\n", EC_SEC1);
        assertThatThrownBy(() -> create(TlsSettings.defaults()))
                .isInstanceOfSatisfying(TlsSetupException.class, e -> assertThat(e.file()).isEqualTo(cert))
                .hasMessageStartingWith("TLS/SSL error loading cert file. <" + cert + ">: ");
    }

    @Test
    void anEmptyCertFileSettingIsRefused() {
        assertThatThrownBy(() -> create(TlsSettings.defaults().withCertFile("")))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageContaining("tlscertfile is empty");
    }

    @Test
    void aCipherListWithNothingUsableIsRefused() throws Exception {
        write("asterisk.pem", EC_CERT, EC_SEC1);
        assertThatThrownBy(() -> create(TlsSettings.defaults().withCipher("RC4-SHA")))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageStartingWith("TLS/SSL cipher error <RC4-SHA>");
    }

    @Test
    void theServerCipherOrderFlagReachesEveryEngine() throws Exception {
        write("asterisk.pem", EC_CERT, EC_SEC1);
        SslContext context = create(TlsSettings.defaults().withServerCipherOrder(true));
        assertThat(context.newEngine(ByteBufAllocator.DEFAULT).getSSLParameters().getUseCipherSuitesOrder()).isTrue();
    }

    @Test
    void dhParametersInTheKeyFileTurnOnServerCipherOrderAsInAsterisk() throws Exception {
        write("cert.pem", RSA_CERT);
        write("key.pem", RSA_PKCS1, "-----BEGIN DH PARAMETERS-----\nMAA=\n-----END DH PARAMETERS-----\n");
        SslContext context = create(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("key.pem"));
        assertThat(context.newEngine(ByteBufAllocator.DEFAULT).getSSLParameters().getUseCipherSuitesOrder()).isTrue();
    }

    @Test
    void disabledVersionsAreNotEnabledOnTheEngine() throws Exception {
        write("asterisk.pem", EC_CERT, EC_SEC1);
        SslContext context = create(TlsSettings.defaults().withDisableTlsV12(true));
        assertThat(context.newEngine(ByteBufAllocator.DEFAULT).getEnabledProtocols()).containsExactly("TLSv1.3");
    }

    @Test
    void logsOneWarningNamingWhatTheCipherListCannotHonour() throws Exception {
        write("asterisk.pem", EC_CERT, EC_SEC1);
        List<ILoggingEvent> honoured = warningsWhile(() -> create(TlsSettings.defaults()
                .withCipher("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384")));
        List<ILoggingEvent> partly = warningsWhile(() -> create(TlsSettings.defaults()
                .withCipher("HIGH:!aNULL:ECDHE-ECDSA-AES128-GCM-SHA256")));
        assertThat(honoured).isEmpty();
        assertThat(partly).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("ignored [HIGH, !aNULL]");
    }

    private interface Setup {
        void run() throws TlsSetupException;
    }

    private static List<ILoggingEvent> warningsWhile(Setup setup) throws TlsSetupException {
        Logger logger = (Logger) LoggerFactory.getLogger(TlsContextFactory.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            setup.run();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }
}
