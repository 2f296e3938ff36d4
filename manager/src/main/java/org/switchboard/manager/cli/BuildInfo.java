package org.switchboard.manager.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Properties;

/**
 * What {@code core show version} says about the build, in the fields of Asterisk's build.h:
 * user, host, machine, OS and date (UTC, {@code yyyy-MM-dd HH:mm:ss UTC}).
 *
 * @param user     who built it; Switchboard says {@code switchboard}
 * @param hostName the host name
 * @param machine  the CPU architecture ({@code os.arch})
 * @param os       the operating system ({@code os.name})
 * @param date     the build date
 */
public record BuildInfo(String user, String hostName, String machine, String os, String date) {
    /**
     * The classpath resource holding the build date; the server jar ships it (filtered by
     * Maven). Embedded without it, the date reads {@link #UNKNOWN_DATE}.
     */
    public static final String RESOURCE = "/switchboard-build.properties";
    public static final String UNKNOWN_DATE = "an unknown date";

    public BuildInfo {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Describes this process honestly: user {@code switchboard}, this host, the JVM's
     * {@code os.arch} and {@code os.name}, and the build date from {@link #RESOURCE}.
     */
    public static BuildInfo current() {
        return new BuildInfo("switchboard", localHostName(), System.getProperty("os.arch", "unknown"),
                System.getProperty("os.name", "unknown"), buildDate());
    }

    private static String buildDate() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN_DATE;
            }
            Properties properties = new Properties();
            properties.load(in);
            String date = properties.getProperty("build.date", "").trim();
            // an unfiltered copy (run from an IDE) still holds the ${...} placeholder
            return date.isEmpty() || date.startsWith("${") ? UNKNOWN_DATE : date;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The host name without a DNS lookup where the platform allows it (uname -n). */
    static String localHostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
