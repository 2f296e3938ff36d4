package org.switchboard.protocol;

/**
 * Why a message that was framed must not be run (spec 01 §1.2). The parser never closes anything;
 * the manager answers with Asterisk's text and the session carries on.
 */
public enum ParseProblem {
    NONE,
    /** A line overflowed the 1024-byte input buffer somewhere in (or before) this message. */
    LINE_TOO_LONG,
    /** More than 128 header lines: the extra lines were dropped. */
    TOO_MANY_HEADERS
}
