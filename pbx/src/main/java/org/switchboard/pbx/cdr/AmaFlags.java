package org.switchboard.pbx.cdr;

import org.switchboard.pbx.text.AsciiCase;

/** AMA flags (channel.h enum ama_flags; channel.c ast_channel_amaflags2string / string2amaflag). */
public final class AmaFlags {
    public static final int NONE = 0;
    public static final int OMIT = 1;
    public static final int BILLING = 2;
    public static final int DOCUMENTATION = 3;

    private AmaFlags() { }

    /** ast_channel_amaflags2string. */
    public static String text(int flags) {
        switch (flags) {
            case OMIT: return "OMIT";
            case BILLING: return "BILLING";
            case DOCUMENTATION: return "DOCUMENTATION";
            default: return "Unknown";
        }
    }

    /** ast_channel_string2amaflag: NONE for anything else. */
    public static int parse(String text) {
        if (AsciiCase.equal(text, "omit")) {
            return OMIT;
        }
        if (AsciiCase.equal(text, "billing")) {
            return BILLING;
        }
        if (AsciiCase.equal(text, "documentation")) {
            return DOCUMENTATION;
        }
        return NONE;
    }
}
