package org.switchboard.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.switchboard.manager.cli.BuildInfo;
import org.switchboard.manager.cli.CoreShowVersionCommand;

import picocli.CommandLine.IVersionProvider;

/** Switchboard's own version, from the build properties Maven writes into the jar. */
public final class ServerVersion {
    private ServerVersion() { }

    /** E.g. {@code 0.1.0}; {@code unknown} when run from unfiltered classes. */
    public static String version() {
        try (InputStream in = ServerVersion.class.getResourceAsStream(BuildInfo.RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** E.g. {@code Switchboard 0.1.0 (Asterisk 22.10.1)}. */
    public static String describe() {
        return "Switchboard " + version() + " (Asterisk " + CoreShowVersionCommand.ASTERISK_VERSION + ")";
    }

    /** For picocli's {@code --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {describe(), "Built on " + BuildInfo.current().date()};
        }
    }
}
