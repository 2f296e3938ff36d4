package org.switchboard.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

/** logger.c format_log_default (console) with the default date format "%b %e %T". */
class AsteriskLayoutTest {
    private final LoggerContext context = new LoggerContext();
    private final AsteriskLayout layout = new AsteriskLayout(ZoneOffset.UTC);

    private String format(Level level, String message, Throwable thrown) {
        LoggingEvent event = new LoggingEvent("x", context.getLogger("org.switchboard.manager.AmiServer"), level, message,
                thrown, null);
        event.setThreadName("core");
        event.setTimeStamp(ZonedDateTime.of(2025, 11, 2, 9, 5, 7, 0, ZoneOffset.UTC).toInstant().toEpochMilli());
        return layout.doLayout(event);
    }

    @Test
    void formatsLikeAsterisksConsole() {
        assertThat(format(Level.INFO, "Manager 'admin' logged on from 127.0.0.1", null))
                .isEqualTo("[Nov  2 09:05:07] NOTICE[core] AmiServer: Manager 'admin' logged on from 127.0.0.1\n");
    }

    @Test
    void mapsEveryLevelToAsterisksName() {
        assertThat(format(Level.ERROR, "m", null)).contains("] ERROR[core]");
        assertThat(format(Level.WARN, "m", null)).contains("] WARNING[core]");
        assertThat(format(Level.INFO, "m", null)).contains("] NOTICE[core]");
        assertThat(format(Level.DEBUG, "m", null)).contains("] VERBOSE[core]");
        assertThat(format(Level.TRACE, "m", null)).contains("] DEBUG[core]");
    }

    @Test
    void aThrowableFollowsOnItsOwnLines() {
        assertThat(format(Level.ERROR, "failed", new IllegalStateException("boom")))
                .startsWith("[Nov  2 09:05:07] ERROR[core] AmiServer: failed\njava.lang.IllegalStateException: boom\n");
    }

    @Test
    void verbosityRaisesSwitchboardsLevel() {
        assertThat(Verbosity.levelFor(0)).isEqualTo(Level.INFO);
        assertThat(Verbosity.levelFor(1)).isEqualTo(Level.DEBUG);
        assertThat(Verbosity.levelFor(4)).isEqualTo(Level.TRACE);
    }
}
