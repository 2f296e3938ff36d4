package org.switchboard.pbx.text;

/**
 * Why glibc's {@code regcomp} rejects a pattern: its {@code REG_*} error codes, each with the
 * text {@code regerror} gives for it in the C locale.
 */
public enum PosixRegexError {
    /** An unfinished bracket expression right after {@code [} or {@code [^}. */
    BADPAT("Invalid regular expression"),
    /** A collating element {@code [.xy.]} or equivalence class {@code [=xy=]} of more than one character. */
    ECOLLATE("Invalid collation character"),
    /** An unknown class name in {@code [[:name:]]}. */
    ECTYPE("Invalid character class name"),
    /** A backslash at the very end of the pattern. */
    EESCAPE("Trailing backslash"),
    /** {@code \N} before group N is closed, or in another alternative than group N. */
    ESUBREG("Invalid back reference"),
    /** A bracket expression that never closes. */
    EBRACK("Unmatched [, [^, [:, [., or [="),
    /** A group that never closes. */
    EPAREN("Unmatched ( or \\("),
    /** An interval that reaches the end of the pattern. */
    EBRACE("Unmatched \\{"),
    /** An interval whose content is not {@code n}, {@code n,}, {@code ,m} or {@code n,m} with n <= m. */
    BADBR("Invalid content of \\{\\}"),
    /** A range whose end comes before its start, or that starts or ends with a class. */
    ERANGE("Invalid range end"),
    /** A repetition operator with nothing to repeat (at the start, after {@code (}, {@code |} or an anchor). */
    BADRPT("Invalid preceding regular expression"),
    /** An interval bound above RE_DUP_MAX (32767). */
    ESIZE("Regular expression too big");

    private final String message;

    PosixRegexError(String message) {
        this.message = message;
    }

    /** The text glibc's {@code regerror} gives for this code. */
    public String message() {
        return message;
    }
}
