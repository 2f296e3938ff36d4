package org.switchboard.pbx.channel;

/** Control frame kinds, numbered as Asterisk's AST_CONTROL_* (include/asterisk/frame.h). */
public enum Control {
    HANGUP(1), RING(2), RINGING(3), ANSWER(4), BUSY(5), TAKEOFFHOOK(6), OFFHOOK(7), CONGESTION(8),
    FLASH(9), WINK(10), PROGRESS(14), PROCEEDING(15), HOLD(16), UNHOLD(17), CONNECTED_LINE(22),
    REDIRECTING(23), SRCUPDATE(20), SRCCHANGE(27);

    private final int number;

    Control(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
