package org.switchboard.manager.cli;

import java.util.Objects;

/**
 * {@code core show version} (asterisk.c handle_version). The line starts with
 * {@code Asterisk 22.10.1}, the version Switchboard answers as: clients such as asterisk-java
 * parse it to choose their dialect. The rest describes Switchboard's own build.
 */
public final class CoreShowVersionCommand implements CliCommand {
    /** The Asterisk version Switchboard reproduces (DESIGN: the oracle is 22.10.1). */
    public static final String ASTERISK_VERSION = "22.10.1";

    private final BuildInfo build;

    public CoreShowVersionCommand(BuildInfo build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public String command() {
        return "core show version";
    }

    @Override
    public String summary() {
        return "Display version info";
    }

    @Override
    public String usage() {
        return "Usage: core show version\n"
                + "       Shows Asterisk version information.\n";
    }

    @Override
    public CliResult execute(CliInvocation invocation) {
        if (invocation.words().size() != 3) {
            return CliResult.SHOWUSAGE;
        }
        invocation.printf("Asterisk %s built by %s @ %s on a %s running %s on %s\n", ASTERISK_VERSION,
                build.user(), build.hostName(), build.machine(), build.os(), build.date());
        return CliResult.SUCCESS;
    }
}
