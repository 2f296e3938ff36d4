/**
 * Text utilities shared by the PBX and the manager. {@link org.switchboard.pbx.text.PosixRegex}
 * translates the POSIX extended regular expressions that Asterisk compiles with glibc's
 * {@code regcomp} (AMI event filters, dialplan {@code REGEX()}) into {@link java.util.regex.Pattern}s
 * that give the same match / no-match answer.
 */
package org.switchboard.pbx.text;
