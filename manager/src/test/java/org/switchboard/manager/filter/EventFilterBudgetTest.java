package org.switchboard.manager.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.manager.filter.EventFilterParserTest.accepted;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * A regex filter that java.util.regex cannot match in bounded time (glibc can: fuzz finding F1,
 * docs/hardening.md) is stopped at its deadline, and given up after a few such events, instead of
 * holding the core thread that dispatches every event.
 */
class EventFilterBudgetTest {
    /**
     * Nested groups of repetitions: POSIX matches "((x+)+)+" as "x+"; java.util.regex nests three
     * loops. (Stacked symbols such as "x???+++", the fuzzer's first case, are now written as one.)
     */
    private static final String NESTED = "((x+)+)+all";
    private static final TestEvent NO_MATCH = TestEvent.of("Event: UserEvent\r\nPrivilege: user\r\nData: "
            + "x".repeat(40) + "\r\n\r\n");

    @Test
    void aPathologicalPatternStopsAndIsGivenUpWithOneWarning() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(EventFilter.class);
        logger.addAppender(log);
        try {
            EventFilter filter = accepted("eventfilter", NESTED);
            for (int i = 0; i < 3; i++) {
                assertThat(filter.matches(NO_MATCH)).isFalse();
            }
            // given up: even a text it would match is not matched any more, and nothing more is logged
            assertThat(filter.matches(TestEvent.of("Event: UserEvent\r\nData: xall\r\n\r\n"))).isFalse();
            assertThat(log.list).hasSize(1);
            assertThat(log.list.get(0).getFormattedMessage()).contains(NESTED).contains("3 times; it matches nothing from now on");
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void anOrdinaryRegexOnALargeEventIsWithinTheBudget() {
        // a quadratic scan (two unanchored .*) over a 64 kB event: slow for java.util.regex, yet in budget
        String big = "Event: UserEvent\r\n" + ("Pad: " + "p".repeat(1000) + "\r\n").repeat(64) + "Tail: found\r\n\r\n";
        assertThat(accepted("eventfilter", ".*Pad.*found").matches(TestEvent.of(big))).isTrue();
        assertThat(accepted("eventfilter", "Tail: (found|lost)").matches(TestEvent.of(big))).isTrue();
    }
}
