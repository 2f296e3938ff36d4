package org.switchboard.pbx.channel;

/** Soft hangup reasons, the flag values Asterisk uses (channel.h AST_SOFTHANGUP_*). */
public final class SoftHangup {
    public static final int DEV = 1;
    public static final int ASYNCGOTO = 2;
    public static final int SHUTDOWN = 4;
    public static final int TIMEOUT = 8;
    public static final int APPUNLOAD = 16;
    public static final int EXPLICIT = 32;
    public static final int HANGUP_EXEC = 128;

    private SoftHangup() { }
}
