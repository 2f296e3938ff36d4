package org.switchboard.pbx.dialplan.pattern;

/**
 * What a lookup asks of an extension (pbx.h {@code enum ext_match_t}, the low bits that
 * {@code extension_match_core} looks at).
 */
public enum MatchMode {
    /** The dialled string is the extension (ast_exists_extension, spawning, labels). */
    MATCH,
    /** The dialled string is the extension or could become it with more digits (ast_canmatch_extension). */
    CANMATCH,
    /** The dialled string could only match with more digits (ast_matchmore_extension; WaitExten, Read). */
    MATCHMORE
}
