package org.switchboard.pbx.pjsip;

/** A request to a simulated phone that cannot be carried out; the message says why. */
public final class PhoneRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    public PhoneRequestException(String message) {
        super(message);
    }
}
