package org.switchboard.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.Switchboard;
import org.switchboard.testkit.AmiTestClient;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The bundled configuration is what a first-time user runs: it must start without a single
 * warning or error in the log (a missing cdr.conf, cel.conf or modules.conf would each log one,
 * as Asterisk does), and a call through it must work.
 */
class BundledConfigurationStartTest {
    @TempDir
    Path dataDir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
    }

    @Test
    void startsWithoutWarningsAndSendsTheCallsCdr() throws Exception {
        Path etc = dataDir.resolve("etc");
        String secret = BundledConfiguration.materialise(etc).generatedSecret().orElseThrow();

        try (Switchboard sb = Switchboard.builder().configDir(etc).dataDir(dataDir)
                .amiPort(0).httpPort(0).start();
             AmiTestClient admin = AmiTestClient.connect(sb.amiAddress().orElseThrow())) {
            assertThat(admin.login("admin", secret).header("Response")).isEqualTo("Success");
            List<String> complaints = log.list.stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage())
                    .toList();
            assertThat(complaints).isEmpty();

            admin.request("Action: Originate", "Channel: Local/100@default", "Application: Wait",
                    "Data: 0", "ActionID: call");
            admin.awaitEvent("Cdr");
        }
    }
}
