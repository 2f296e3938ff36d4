package org.switchboard.pbx.dialplan.clib;

import java.util.regex.Pattern;
import org.switchboard.pbx.text.PosixRegex;
import org.switchboard.pbx.text.PosixRegexException;

/**
 * The one door through which the dialplan compiles POSIX extended regular expressions
 * ({@code regcomp(REG_EXTENDED)} in func_strings.c REGEX and ast_expr2.y {@code :} and {@code =~}).
 * It delegates to {@link PosixRegex}, which answers as glibc's regcomp/regexec do.
 */
public final class DialplanRegex {
    private DialplanRegex() { }

    /** A pattern glibc's regcomp refuses; the message is what regerror prints. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        public SyntaxException(String regerrorText) {
            super(regerrorText);
        }
    }

    /**
     * Compiles {@code ere} (a byte string, cut at a NUL as C would); {@link java.util.regex.Matcher#find()}
     * then answers as regexec does.
     */
    public static Pattern compile(String ere, boolean ignoreCase) throws SyntaxException {
        try {
            return PosixRegex.compileWithGroups(CStrings.asCString(ere), ignoreCase);
        } catch (PosixRegexException e) {
            throw new SyntaxException(e.error().message());
        }
    }
}
