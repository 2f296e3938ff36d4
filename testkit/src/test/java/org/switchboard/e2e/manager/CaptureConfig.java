package org.switchboard.e2e.manager;

import java.nio.file.Path;

import org.switchboard.testkit.SwitchboardExtension;

/** The configuration the reference Asterisk ran for the captures (captures/etc). */
final class CaptureConfig {
    static final Path ETC = Path.of("src/test/resources/captures/etc");

    private CaptureConfig() { }

    static SwitchboardExtension server() {
        return SwitchboardExtension.withConfigDir(ETC);
    }
}
