package org.switchboard.pbx.cdr;

/**
 * A CDR's disposition with Asterisk's numbers (cdr.h enum ast_cdr_disposition) and texts
 * (cdr.c ast_cdr_disp2str). The numbers matter: unanswered records are those below ANSWERED.
 */
public enum Disposition {
    NOANSWER(0, "NO ANSWER"),
    /** Not set yet; prints as NO ANSWER. */
    NULL(1, "NO ANSWER"),
    FAILED(2, "FAILED"),
    BUSY(4, "BUSY"),
    ANSWERED(8, "ANSWERED"),
    CONGESTION(16, "CONGESTION"),
    CANCEL(32, "CANCEL");

    private final int value;
    private final String text;

    Disposition(int value, String text) {
        this.value = value;
        this.text = text;
    }

    public int value() {
        return value;
    }

    /** ast_cdr_disp2str. */
    public String text() {
        return text;
    }

    /** ast_cdr_disp2str of a number; UNKNOWN for one that is no disposition. */
    public static String text(int value) {
        for (Disposition d : values()) {
            if (d.value == value) {
                return d.text;
            }
        }
        return "UNKNOWN";
    }
}
