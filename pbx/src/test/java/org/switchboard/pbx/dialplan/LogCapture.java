package org.switchboard.pbx.dialplan;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Collects what the dialplan code logs, to compare it with what Asterisk logs. */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(String loggerName) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    /** Captures everything logged under org.switchboard.pbx.dialplan. */
    public static LogCapture dialplan() {
        return new LogCapture("org.switchboard.pbx.dialplan");
    }

    /** The formatted messages at WARN and above, in order. */
    public List<String> warnings() {
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
    }

    /** Every formatted message with its level, as "LEVEL message". */
    public List<String> all() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage())
                .collect(Collectors.toList());
    }

    public void clear() {
        appender.list.clear();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
