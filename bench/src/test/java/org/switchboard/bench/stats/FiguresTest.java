package org.switchboard.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void printsOneLineOfKeyValuePairsInOrder() {
        Figures f = new Figures().put("mode", "ping").put("window", 100).put("seconds", 10.0)
                .put("cpu_s", 1.23456).rate("actions_per_s", 75999.6).micros("p99_us", 46_049).put("server_cpu_s", Double.NaN)
                .put("note", "two words");
        assertThat(f).hasToString("mode=ping window=100 seconds=10 cpu_s=1.235 actions_per_s=76000 p99_us=46.0 "
                + "server_cpu_s=na note=two_words");
    }
}
