package org.switchboard.pbx.text;

import java.util.regex.Pattern;

/**
 * Compiles a POSIX extended regular expression the way Asterisk does with glibc's
 * {@code regcomp(re, REG_EXTENDED [| REG_ICASE])} (AMI event filters add REG_NOSUB, which does
 * not change the answer), and returns a {@link Pattern} whose {@link java.util.regex.Matcher#find()}
 * gives glibc's {@code regexec} match / no-match answer.
 *
 * <p>Patterns and subjects are byte strings: Java strings whose chars are bytes 0..255 (ISO-8859-1
 * decoded). Bytes are classified as in the C/POSIX locale, so {@code [[:alpha:]]} and {@code \w}
 * are ASCII only and {@code .} matches exactly one byte. (Asterisk itself calls
 * {@code setlocale(LC_ALL, "C.UTF-8")} at startup, under which glibc reads UTF-8 sequences as one
 * character; both agree on ASCII text.) As C strings, a pattern ends at its first NUL; subjects
 * are expected to hold no NUL (glibc would stop there).
 *
 * <p>What is accepted and what is refused follows glibc, including its GNU extensions ({@code \w
 * \W \s \S \b \B \< \> \` \'}, back-references {@code \1}..{@code \9}), its literals (an unmatched
 * {@code )}, a <code>}</code> that closes nothing, a backslash before an ordinary byte) and its errors
 * (a {@link PosixRegexException} carrying glibc's error code). Without REG_NEWLINE, {@code ^} and
 * {@code $} hold at the subject's edges and, as in glibc, next to a newline the match itself
 * consumes ({@code "a\n^b"} matches {@code "a\nb"}).
 *
 * <p>Limits: Java searches by backtracking, so pathological patterns such as {@code (a|a)*b} can
 * take exponential time where glibc stays polynomial. Where a mid-pattern {@code ^} may be reached
 * both with and without bytes consumed before it (or a {@code $} with and without bytes after it),
 * a newline just outside the match also satisfies it. Back-references combined with such anchors,
 * and patterns glibc could only refuse for lack of memory, may differ too.
 */
public final class PosixRegex {
    private PosixRegex() {
    }

    /**
     * Translates and compiles {@code ere}.
     *
     * @param ere a POSIX ERE as a byte string (chars 0..255)
     * @param ignoreCase glibc's REG_ICASE: ASCII letters only, as in the C locale
     * @throws PosixRegexException where glibc's {@code regcomp} fails
     * @throws IllegalArgumentException if {@code ere} holds a char above 255 (not a byte string)
     */
    public static Pattern compile(String ere, boolean ignoreCase) throws PosixRegexException {
        return Pattern.compile(toJavaRegex(ere, ignoreCase));
    }

    /**
     * As {@link #compile}, keeping every parenthesised group capturing with POSIX numbering, for
     * callers that read sub-matches (the dialplan's {@code :} operator and REGEX). Slower on
     * long inputs than {@link #compile}, which keeps only the groups back-references need.
     */
    public static Pattern compileWithGroups(String ere, boolean ignoreCase) throws PosixRegexException {
        EreNode root = new EreParser(asCString(ere), ignoreCase).parse();
        return Pattern.compile(new JavaRegexWriter(ignoreCase, new NewlineAnchors(root),
                JavaRegexWriter.allGroups(root)).write(root));
    }

    /** The java.util.regex source that {@link #compile} compiles; for diagnostics and tests. */
    static String toJavaRegex(String ere, boolean ignoreCase) throws PosixRegexException {
        EreNode root = new EreParser(asCString(ere), ignoreCase).parse();
        return new JavaRegexWriter(ignoreCase, new NewlineAnchors(root), JavaRegexWriter.referencedGroups(root)).write(root);
    }

    private static String asCString(String ere) {
        for (int i = 0; i < ere.length(); i++) {
            char c = ere.charAt(i);
            if (c == 0) {
                return ere.substring(0, i);
            }
            if (c > 0xff) {
                throw new IllegalArgumentException("not a byte string: char " + (int) c + " at index " + i);
            }
        }
        return ere;
    }
}
