package org.switchboard.pbx.dialplan.args;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Application and function argument splitting exactly as Asterisk's
 * {@code __ast_app_separate_args} (app.c) does it, behind {@code AST_STANDARD_APP_ARGS},
 * {@code AST_NONSTANDARD_APP_ARGS} and their {@code _RAW_} forms:
 *
 * <ul>
 *   <li>the delimiter splits only outside {@code (...)}, {@code [...]} and {@code "..."};</li>
 *   <li>the standard forms remove every {@code "} (unless it is the delimiter) and every
 *       {@code \}, the char after a {@code \} being taken literally; the raw forms keep them
 *       (a {@code \} still protects the next char);</li>
 *   <li>a trailing delimiter gives one more, empty, argument; an empty input gives none;</li>
 *   <li>with {@code maxArgs} slots, the last slot receives the rest of the input untouched
 *       (delimiters, quotes and backslashes included), as the C code stops parsing there.</li>
 * </ul>
 *
 * Used by every application, by functions, and by the AMI {@code Variable} header (64 slots).
 */
public final class AppArgs {
    private static final AppArgs NONE = new AppArgs(List.of());

    private final List<String> args;

    private AppArgs(List<String> args) {
        this.args = args;
    }

    /** AST_STANDARD_APP_ARGS with as many slots as needed. */
    public static AppArgs standard(String data) {
        return split(data, ',', true, Integer.MAX_VALUE);
    }

    /** AST_STANDARD_APP_ARGS with {@code maxArgs} declared arguments. */
    public static AppArgs standard(String data, int maxArgs) {
        return split(data, ',', true, maxArgs);
    }

    /** AST_NONSTANDARD_APP_ARGS: another delimiter, {@code maxArgs} declared arguments. */
    public static AppArgs nonstandard(String data, char delimiter, int maxArgs) {
        return split(data, delimiter, true, maxArgs);
    }

    /** AST_STANDARD_RAW_ARGS: quotes and backslashes are kept. */
    public static AppArgs standardRaw(String data, int maxArgs) {
        return split(data, ',', false, maxArgs);
    }

    /** AST_NONSTANDARD_RAW_ARGS. */
    public static AppArgs nonstandardRaw(String data, char delimiter, int maxArgs) {
        return split(data, delimiter, false, maxArgs);
    }

    /** The argc Asterisk would report. */
    public int count() {
        return args.size();
    }

    /** Argument {@code i}, or null when there are not that many (as the C array holds NULL). */
    public String get(int i) {
        return i < args.size() ? args.get(i) : null;
    }

    /** Argument {@code i}, or "" when absent. */
    public String getOrEmpty(int i) {
        String s = get(i);
        return s == null ? "" : s;
    }

    /** All arguments, in order. */
    public List<String> asList() {
        return args;
    }

    @Override
    public String toString() {
        return args.toString();
    }

    /**
     * The separation itself. {@code removeChars} selects the standard (true) or raw (false) form.
     */
    public static AppArgs split(String data, char delim, boolean removeChars, int maxArgs) {
        if (data == null || data.isEmpty() || maxArgs <= 0) {
            return NONE;
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int paren = 0;
        int bracket = 0;
        boolean quote = false;
        int n = data.length();
        int i = 0;
        boolean endedOnDelimiter = false;
        while (i < n && out.size() < maxArgs - 1) {
            current.setLength(0);
            endedOnDelimiter = false;
            boolean delimited = false;
            while (i < n) {
                char c = data.charAt(i);
                if (c == '(') {
                    paren++;
                } else if (c == ')') {
                    if (paren > 0) {
                        paren--;
                    }
                } else if (c == '[') {
                    bracket++;
                } else if (c == ']') {
                    if (bracket > 0) {
                        bracket--;
                    }
                } else if (c == '"' && delim != '"') {
                    quote = !quote;
                    if (removeChars) {
                        i++;
                        continue;
                    }
                } else if (c == '\\') {
                    // the char after a backslash is never interpreted; standard args drop the backslash
                    if (!removeChars) {
                        current.append(c);
                    }
                    i++;
                    if (i < n) {
                        current.append(data.charAt(i));
                        i++;
                    }
                    continue;
                } else if (c == delim && paren == 0 && !quote && bracket == 0) {
                    i++;
                    delimited = true;
                    break;
                }
                current.append(c);
                i++;
            }
            out.add(current.toString());
            endedOnDelimiter = delimited;
        }
        if (i < n) {
            out.add(data.substring(i));
        } else if (endedOnDelimiter) {
            out.add("");
        }
        return new AppArgs(Collections.unmodifiableList(out));
    }
}
