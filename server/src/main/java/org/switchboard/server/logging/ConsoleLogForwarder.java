package org.switchboard.server.logging;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * A Logback appender that hands every event the server logs, formatted by
 * {@link AsteriskLayout}, to attached remote consoles, as {@code asterisk -r} shows the server's
 * log. It is attached to the root logger in code (not logback.xml) because it needs the running
 * control server.
 */
public final class ConsoleLogForwarder extends AppenderBase<ILoggingEvent> {
    private final AsteriskLayout layout = new AsteriskLayout();
    private final Consumer<String> consoles;

    private ConsoleLogForwarder(Consumer<String> consoles) {
        this.consoles = Objects.requireNonNull(consoles, "consoles");
        setName("remote-consoles");
    }

    /**
     * Starts forwarding to {@code consoles}; empty when SLF4J is not bound to Logback.
     * {@link #detach()} stops it.
     */
    public static Optional<ConsoleLogForwarder> attach(Consumer<String> consoles) {
        return Verbosity.logbackContext().map(context -> {
            ConsoleLogForwarder forwarder = new ConsoleLogForwarder(consoles);
            forwarder.setContext(context);
            forwarder.layout.setContext(context);
            forwarder.layout.start();
            forwarder.start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(forwarder);
            return forwarder;
        });
    }

    public void detach() {
        if (getContext() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        }
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        consoles.accept(layout.doLayout(event));
    }
}
