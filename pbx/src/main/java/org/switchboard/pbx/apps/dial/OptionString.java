package org.switchboard.pbx.apps.dial;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application's option letters as app.c parse_options reads them: each letter may carry a
 * parenthesized argument (nested parentheses counted, a leading quote quoting it, backslashes
 * escaping); a letter that takes an argument but has none gets "". An unknown letter is warned
 * about and otherwise ignored.
 */
final class OptionString {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Set<Character> flags = new HashSet<>();
    private final Map<Character, String> args = new HashMap<>();
    private boolean failed;

    private OptionString() { }

    /**
     * @param known     every option letter the application defines
     * @param withArg   the letters that keep an argument
     */
    static OptionString parse(String optstr, String known, String withArg) {
        OptionString o = new OptionString();
        if (optstr == null) {
            return o;
        }
        int i = 0;
        int n = optstr.length();
        while (i < n) {
            char letter = (char) (optstr.charAt(i++) & 0x7f);
            String arg = null;
            if (i < n && optstr.charAt(i) == '(') {
                StringBuilder b = new StringBuilder();
                int paren = 1;
                boolean quote = false;
                boolean parseQuotes = i + 1 < n && optstr.charAt(i + 1) == '"';
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = optstr.charAt(i);
                    if (c == '(' && !quote) {
                        paren++;
                    } else if (c == ')' && !quote) {
                        paren--;
                        if (paren == 0) {
                            closed = true;
                            i++;
                            break;
                        }
                    } else if (c == '"' && parseQuotes) {
                        quote = !quote;
                        i++;
                        continue;
                    } else if (c == '\\') {
                        if (!quote) {
                            i++;
                            if (i < n) {
                                b.append(optstr.charAt(i));
                                i++;
                            }
                            continue;
                        } else if (i + 1 < n && optstr.charAt(i + 1) == '"') {
                            b.append('"');
                            i += 2;
                            continue;
                        } else {
                            b.append(c);
                            if (i + 1 < n) {
                                b.append(optstr.charAt(i + 1));
                            }
                            i += 2;
                            continue;
                        }
                    }
                    b.append(c);
                    i++;
                }
                if (!closed) {
                    log.warn("Missing closing parenthesis for argument '{}' in string '{}'", letter, b);
                    o.failed = true;
                    break;
                }
                arg = b.toString();
            }
            if (known.indexOf(letter) < 0) {
                log.warn("Unrecognized option: '{}'", letter);
                continue;
            }
            o.flags.add(letter);
            if (withArg.indexOf(letter) >= 0) {
                o.args.put(letter, arg == null ? "" : arg);
            }
        }
        return o;
    }

    /** Whether the option string was malformed (parse_options returned -1). */
    boolean failed() {
        return failed;
    }

    boolean has(char letter) {
        return flags.contains(letter);
    }

    /** The option's argument, "" when given without one, null when the option is absent. */
    String arg(char letter) {
        return args.get(letter);
    }

    /** The argument when present and not empty, else null. */
    String nonEmptyArg(char letter) {
        String a = args.get(letter);
        return a == null || a.isEmpty() ? null : a;
    }
}
