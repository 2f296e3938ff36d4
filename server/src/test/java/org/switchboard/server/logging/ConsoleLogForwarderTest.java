package org.switchboard.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

class ConsoleLogForwarderTest {

    @Test
    void forwardsFormattedEventsUntilDetached() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Logger logger = (Logger) LoggerFactory.getLogger("forwarding.test.Probe");
        logger.setLevel(Level.INFO);
        ConsoleLogForwarder forwarder = ConsoleLogForwarder.attach(lines::add).orElseThrow();
        try {
            logger.info("hello {}", "console");
            logger.debug("below the level");
        } finally {
            forwarder.detach();
        }
        logger.info("after detach");

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("\\[[A-Z][a-z]{2} [ 1-3][0-9] \\d\\d:\\d\\d:\\d\\d\\] NOTICE\\[.+\\] Probe: hello console\n");
    }
}
