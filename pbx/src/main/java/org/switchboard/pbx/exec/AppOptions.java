package org.switchboard.pbx.exec;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application's option letters (app.c ast_app_parse_options): each letter, with its argument
 * when {@code (...)} follows (nested parentheses counted, backslashes outside quotes removed,
 * quotes removed when the argument starts with one).
 */
public final class AppOptions {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Map<Character, String> options;
    private final boolean valid;

    private AppOptions(Map<Character, String> options, boolean valid) {
        this.options = options;
        this.valid = valid;
    }

    /**
     * Parses {@code text} (null means none). Letters not in {@code known} are warned about as
     * Asterisk does ("Unrecognized option"); pass null to accept any.
     */
    public static AppOptions parse(String text, String known) {
        Map<Character, String> out = new HashMap<>();
        if (text == null) {
            return new AppOptions(out, true);
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char letter = (char) (text.charAt(i++) & 0x7f);
            String arg = "";
            if (i < n && text.charAt(i) == '(') {
                boolean parseQuotes = i + 1 < n && text.charAt(i + 1) == '"';
                StringBuilder b = new StringBuilder();
                int paren = 1;
                boolean quote = false;
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i);
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
                        if (!quote || (i + 1 < n && text.charAt(i + 1) == '"')) {
                            i++;
                            if (i < n) {
                                b.append(text.charAt(i));
                            }
                            i++;
                            continue;
                        }
                        b.append(c);
                        i++;
                        if (i < n) {
                            b.append(text.charAt(i));
                        }
                        i++;
                        continue;
                    }
                    b.append(c);
                    i++;
                }
                if (!closed) {
                    log.warn("Missing closing parenthesis for argument '{}' in string '{}'", letter, b);
                    return new AppOptions(out, false);
                }
                arg = b.toString();
            }
            if (known != null && known.indexOf(letter) < 0) {
                log.warn("Unrecognized option: '{}'", letter);
            }
            out.put(letter, arg);
        }
        return new AppOptions(out, true);
    }

    /** False when an argument's closing parenthesis was missing (ast_app_parse_options returned -1). */
    public boolean valid() {
        return valid;
    }

    public boolean has(char letter) {
        return options.containsKey(letter);
    }

    /** The option's argument: "" when given without one, null when the option is absent. */
    public String argument(char letter) {
        return options.get(letter);
    }
}
