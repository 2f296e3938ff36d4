package org.switchboard.bench.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LimitRunTest {

    @Test
    void countsTheEventsItServesItself() throws Exception {
        LimitRun.Result r = LimitRun.run(new LimitRun.Settings(3, 400, Duration.ofMillis(200), Duration.ofSeconds(1)));
        assertThat(r.clients()).isEqualTo(3);
        assertThat(r.eventBytes()).isEqualTo(400);
        assertThat(r.messages()).isPositive();
        assertThat(r.seconds()).isPositive();
        assertThat(r.messagesPerSecond()).isCloseTo(r.messages() / r.seconds(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(r.megabytesPerSecond()).isCloseTo(r.messagesPerSecond() * 400 / 1e6,
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void buildsEventsOfTheAskedSize() {
        assertThat(LimitServer.event(400)).hasSize(400);
        assertThat(LimitServer.event(1000)).hasSize(1000);
        String small = new String(LimitServer.event(10), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(small).startsWith("Event: UserEvent\r\n").endsWith("\r\n\r\n").doesNotContain("BenchPad");
    }
}
