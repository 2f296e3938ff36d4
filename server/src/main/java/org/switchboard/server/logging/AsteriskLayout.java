package org.switchboard.server.logging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * Formats log events as Asterisk's console does (logger.c format_log_default, console channel):
 * {@code [Nov  2 12:00:00] NOTICE[thread] Logger: message}. The date uses Asterisk's default
 * {@code %b %e %T} in the local time zone; the level is Asterisk's name
 * ({@link AsteriskLevel}); the thread name stands where Asterisk shows the thread id, and the
 * logger's simple name where it shows the source file. A throwable follows on its own lines.
 */
public final class AsteriskLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH);

    private final ZoneId zone;

    public AsteriskLayout() {
        this(ZoneId.systemDefault());
    }

    AsteriskLayout(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128)
                .append('[').append(DATE.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone))).append("] ")
                .append(AsteriskLevel.nameOf(event.getLevel()))
                .append('[').append(event.getThreadName()).append("] ")
                .append(simpleName(event.getLoggerName())).append(": ")
                .append(event.getFormattedMessage())
                .append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }

    private static String simpleName(String loggerName) {
        return loggerName.substring(loggerName.lastIndexOf('.') + 1);
    }
}
