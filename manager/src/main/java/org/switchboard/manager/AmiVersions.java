package org.switchboard.manager;

/** The versions Switchboard reports, as Asterisk 22.10.1 does (spec 01 §1.1, §9.2). */
public final class AmiVersions {
    private AmiVersions() { }

    /** manager.h AMI_VERSION for Asterisk 22. */
    public static final String AMI_VERSION = "11.0.0";

    /** What CoreSettings reports as AsteriskVersion (clients parse it to pick features). */
    public static final String ASTERISK_VERSION = "22.10.1";

    /** The banner line, without its CR LF (no blank line follows it). */
    public static final String BANNER = "Asterisk Call Manager/" + AMI_VERSION;
}
