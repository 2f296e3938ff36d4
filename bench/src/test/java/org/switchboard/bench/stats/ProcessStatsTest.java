package org.switchboard.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessStatsTest {

    @Test
    void readsThisProcessCpuAndMemory() {
        ProcessStats self = ProcessStats.self();
        double before = self.cpuSeconds();
        long sum = 0;
        for (int i = 0; i < 50_000_000; i++) {
            sum += i ^ (sum >>> 3);
        }
        assertThat(sum).isNotZero();
        assertThat(self.cpuSeconds()).isGreaterThanOrEqualTo(before).isGreaterThan(0);
        assertThat(self.rssBytes()).isGreaterThan(1024 * 1024);
    }

    @Test
    void readsTheMachineBusyTime() {
        double before = ProcessStats.machineBusySeconds();
        assertThat(before).isPositive();
        assertThat(ProcessStats.machineBusySeconds()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void failsClearlyForAProcessThatDoesNotExist() {
        assertThatThrownBy(() -> new ProcessStats(Integer.MAX_VALUE).cpuSeconds())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(Integer.toString(Integer.MAX_VALUE));
    }
}
