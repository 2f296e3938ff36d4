package org.switchboard.pbx.pjsip;

/** A contact's qualify status with Asterisk's labels (res_pjsip/pjsip_options.c status_map). */
public enum ContactStatus {
    UNREACHABLE("Unreachable"),
    REACHABLE("Reachable"),
    UNKNOWN("Unknown"),
    NON_QUALIFIED("NonQualified"),
    REMOVED("Removed");

    private final String label;

    ContactStatus(String label) {
        this.label = label;
    }

    /** ContactStatus / Status as AMI shows it. */
    public String label() {
        return label;
    }

    /** Whether Asterisk may send calls to the contact (an unqualified contact is assumed up). */
    public boolean available() {
        return this == REACHABLE || this == NON_QUALIFIED;
    }
}
