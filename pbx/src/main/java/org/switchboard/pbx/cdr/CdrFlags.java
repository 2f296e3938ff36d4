package org.switchboard.pbx.cdr;

/** CDR and CDR-party flags (cdr.h enum ast_cdr_options). */
public final class CdrFlags {
    public static final int KEEP_VARS = 1;
    /** This record is not posted. */
    public static final int DISABLE = 1 << 1;
    /** This record and every later one of the channel are not posted. */
    public static final int DISABLE_ALL = 3 << 1;
    /** The party is preferred as Party A. */
    public static final int PARTY_A = 1 << 3;
    public static final int FINALIZE = 1 << 4;
    public static final int SET_ANSWER = 1 << 5;
    public static final int RESET = 1 << 6;
    /** LastApplication/LastData no longer change. */
    public static final int LOCK_APP = 1 << 7;

    private CdrFlags() { }
}
