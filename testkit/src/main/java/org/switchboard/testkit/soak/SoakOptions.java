package org.switchboard.testkit.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How long a soak runs and how hard it pushes.
 *
 * @param duration          how long the load runs (the checks and the final measurement follow)
 * @param sampleEvery       how often heap and RSS are measured
 * @param loginsPerSecond   connection churn: connect, log in, ping, log off
 * @param callsPerSecond    call churn: asynchronous Originates of a one-second call
 * @param eventsPerSecond   UserEvents published
 * @param listeners         sessions that must receive every UserEvent
 * @param csv               where to write the samples as CSV, or null
 */
public record SoakOptions(Duration duration, Duration sampleEvery, double loginsPerSecond, double callsPerSecond,
        double eventsPerSecond, int listeners, Path csv) {

    private static final Set<String> OPTIONS = Set.of("--minutes", "--seconds", "--sample-seconds",
            "--logins-per-second", "--calls-per-second", "--events-per-second", "--listeners", "--csv");

    static final String USAGE = "usage: soak [--minutes N | --seconds N] [--sample-seconds N] [--logins-per-second N]"
            + " [--calls-per-second N] [--events-per-second N] [--listeners N] [--csv FILE]\n"
            + "       soak --slow-consumers [N]";

    /** Ten minutes: 10 logins, 20 calls and 2000 events to 4 listeners a second, sampled every 10 s. */
    public static SoakOptions defaults() {
        return new SoakOptions(Duration.ofMinutes(10), Duration.ofSeconds(10), 10, 20, 2000, 4, null);
    }

    /** The command line's options on top of {@link #defaults()}; throws with the usage on a bad one. */
    public static SoakOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i] + "\n" + USAGE);
            }
            given.put(args[i], args[i + 1]);
        }
        SoakOptions d = defaults();
        try {
            Duration duration = given.containsKey("--seconds") ? Duration.ofSeconds(Long.parseLong(given.get("--seconds")))
                    : given.containsKey("--minutes")
                            ? Duration.ofSeconds(Math.round(Double.parseDouble(given.get("--minutes")) * 60))
                            : d.duration();
            Duration sampleEvery = given.containsKey("--sample-seconds")
                    ? Duration.ofSeconds(Long.parseLong(given.get("--sample-seconds"))) : d.sampleEvery();
            return new SoakOptions(duration, sampleEvery,
                    number(given, "--logins-per-second", d.loginsPerSecond()),
                    number(given, "--calls-per-second", d.callsPerSecond()),
                    number(given, "--events-per-second", d.eventsPerSecond()),
                    (int) number(given, "--listeners", d.listeners()),
                    given.containsKey("--csv") ? Path.of(given.get("--csv")) : null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage() + "\n" + USAGE, e);
        }
    }

    private static double number(Map<String, String> given, String name, double otherwise) {
        return given.containsKey(name) ? Double.parseDouble(given.get(name)) : otherwise;
    }
}
