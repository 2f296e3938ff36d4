package org.switchboard.pbx.channel;

/**
 * What travels to a channel's reader: control frames (answer, ringing, hangup with a cause, ...),
 * DTMF, text, or a null frame that only wakes the reader (a soft hangup).
 */
public record Frame(Kind kind, Control control, int cause, char digit, long durationMs, String text) {

    public enum Kind { CONTROL, DTMF_BEGIN, DTMF_END, TEXT, NULL }

    public static final Frame NULL = new Frame(Kind.NULL, null, 0, (char) 0, 0, "");

    public static Frame control(Control c) {
        return new Frame(Kind.CONTROL, c, 0, (char) 0, 0, "");
    }

    /** A hangup frame carrying a cause (AST_CONTROL_HANGUP's data). */
    public static Frame hangup(int cause) {
        return new Frame(Kind.CONTROL, Control.HANGUP, cause, (char) 0, 0, "");
    }

    public static Frame dtmfEnd(char digit, long durationMs) {
        return new Frame(Kind.DTMF_END, null, 0, digit, durationMs, "");
    }

    public static Frame dtmfBegin(char digit) {
        return new Frame(Kind.DTMF_BEGIN, null, 0, digit, 0, "");
    }

    public static Frame text(String text) {
        return new Frame(Kind.TEXT, null, 0, (char) 0, 0, text);
    }

    public boolean is(Control c) {
        return kind == Kind.CONTROL && control == c;
    }
}
