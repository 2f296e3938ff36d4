package org.switchboard.e2e.manager;

import java.util.Map;

import org.switchboard.testkit.SwitchboardExtension;

/** A small manager.conf for tests that need [general] options of their own. */
public final class BaseConfig {
    private BaseConfig() { }

    static final String USERS = """
            [admin]
            secret = admin123
            read = all
            write = all

            [reader]
            secret = readerpw
            read = user
            write = user

            [callonly]
            secret = callpw
            read = call
            write = call
            """;

    /** A server whose [general] section holds {@code generalLines} on top of enabled/bindaddr. */
    public static SwitchboardExtension with(String generalLines) {
        return withFiles(generalLines, Map.of());
    }

    public static SwitchboardExtension withFiles(String generalLines, Map<String, String> more) {
        return withUsers(generalLines, "", more);
    }

    /** The same, with more user sections after admin, reader and callonly. */
    public static SwitchboardExtension withUsers(String generalLines, String moreUsers, Map<String, String> more) {
        SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of("manager.conf",
                "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n" + generalLines + "\n" + USERS + "\n" + moreUsers));
        more.forEach(sb::file);
        return sb;
    }
}
