package org.switchboard.bench.cli;

import java.time.Duration;

import picocli.CommandLine.Option;

/** The measured duration and the warm-up before it; every run stops by itself. */
public final class TimingOptions {
    static final int MAX_SECONDS = 3600;

    @Option(names = {"-d", "--duration"}, defaultValue = "10",
            description = "Seconds measured, after the warm-up (default: ${DEFAULT-VALUE}, at most 3600).")
    double durationSeconds;

    @Option(names = "--warmup", defaultValue = "2",
            description = "Seconds of traffic before measuring starts, not counted (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--timeout", defaultValue = "10",
            description = "Seconds allowed to connect and log in, and to drain at the end (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    Duration duration() {
        return seconds(durationSeconds, "--duration");
    }

    Duration warmup() {
        return seconds(warmupSeconds, "--warmup");
    }

    Duration timeout() {
        return seconds(timeoutSeconds, "--timeout");
    }

    static Duration seconds(double value, String option) {
        if (!(value >= 0 && value <= MAX_SECONDS)) {
            throw new IllegalArgumentException(option + " must be between 0 and " + MAX_SECONDS + " seconds");
        }
        return Duration.ofNanos(Math.round(value * 1e9));
    }
}
