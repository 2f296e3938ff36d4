package org.switchboard.manager.auth;

/**
 * AMI permission classes, in Asterisk's table order, which is also the output order of
 * {@code Privilege:} strings (spec 01 §3.1; manager.h EVENT_FLAG_*, manager.c perms[]).
 * Bit 14 (HOOKRESPONSE) is internal and unnamed.
 */
public enum PermissionClass {
    SYSTEM("system", 1),
    CALL("call", 1 << 1),
    LOG("log", 1 << 2),
    VERBOSE("verbose", 1 << 3),
    COMMAND("command", 1 << 4),
    AGENT("agent", 1 << 5),
    USER("user", 1 << 6),
    CONFIG("config", 1 << 7),
    DTMF("dtmf", 1 << 8),
    REPORTING("reporting", 1 << 9),
    CDR("cdr", 1 << 10),
    DIALPLAN("dialplan", 1 << 11),
    ORIGINATE("originate", 1 << 12),
    AGI("agi", 1 << 13),
    CC("cc", 1 << 15),
    AOC("aoc", 1 << 16),
    TEST("test", 1 << 17),
    SECURITY("security", 1 << 18),
    MESSAGE("message", 1 << 30),
    /** INT_MAX: every bit, so it intersects every non-zero class. */
    ALL("all", Integer.MAX_VALUE),
    NONE("none", 0);

    private final String label;
    private final int mask;

    PermissionClass(String label, int mask) {
        this.label = label;
        this.mask = mask;
    }

    public String label() {
        return label;
    }

    public int mask() {
        return mask;
    }

    /** OR of the given classes' bits. */
    public static int maskOf(PermissionClass... classes) {
        int m = 0;
        for (PermissionClass c : classes) {
            m |= c.mask;
        }
        return m;
    }
}
