package org.switchboard.pbx.dialplan;

import java.nio.file.Path;

import org.switchboard.config.ConfigException;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;
import org.switchboard.pbx.dialplan.eval.DialplanRuntime;

/** Loads extensions.conf texts and the captured configuration. */
public final class DialplanFixtures {
    /** The configuration the reference Asterisk 22.10.1 ran with. */
    public static final Path CAPTURES = Path.of("../testkit/src/test/resources/captures/etc");

    private DialplanFixtures() { }

    public static ConfigFile parse(String text) {
        try {
            return new ConfigReader(ConfigReadOptions.in(Path.of("/etc/asterisk"))).parse(Path.of("extensions.conf"), text);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Dialplan load(DialplanRuntime runtime, String text) {
        return new DialplanLoader(runtime).load(parse(text));
    }

    public static Dialplan load(String text) {
        return load(TestRuntime.create(), text);
    }

    public static Dialplan captured(DialplanRuntime runtime) {
        try {
            ConfigFile file = new ConfigReader(ConfigReadOptions.in(CAPTURES)).read(Path.of("extensions.conf"));
            return new DialplanLoader(runtime).load(file);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }
}
