package org.switchboard.manager.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.switchboard.pbx.text.PosixRegex;
import org.switchboard.pbx.text.PosixRegexException;

/**
 * Parses one filter as manager.c {@code manager_add_filter} does (spec 01 §4.1).
 *
 * <p><b>Legacy</b> criteria (no {@code (} anywhere, e.g. the manager.conf key {@code eventfilter}
 * or {@code eventfilter2}): a leading {@code !} on the pattern makes an exclude filter; the rest
 * must be non-empty and is a POSIX ERE searched in the whole event text.
 *
 * <p><b>Advanced</b> criteria {@code eventfilter(<options>)}: the text after the first {@code (}
 * must end with {@code )}; it is cut into options at every space, comma and {@code )} (C
 * {@code strtok}); an option is recognised by a case-sensitive prefix ({@code action},
 * {@code name}, {@code header}, {@code method}) and its value is what follows its first
 * {@code (}. {@code action(include|exclude)} overrides a {@code !}, which is removed from the
 * pattern in any case. The default method is {@code none}, which takes no pattern and needs a name
 * or a header.
 *
 * <p>One deviation: an option with no {@code (} such as {@code name} alone crashes Asterisk (it
 * reads through a null pointer); here it is a format error with Asterisk's "not formatted
 * correctly" warning for that option.
 */
public final class EventFilterParser {
    /** Config keys that hold filters begin with this, with case (manager.c __init_manager). */
    private static final String KEY_PREFIX = "eventfilter";
    /** C strtok's delimiters in manager_add_filter. */
    private static final String OPTION_DELIMITERS = " ,)";

    private EventFilterParser() {
    }

    /** Whether a manager.conf user key holds a filter: it begins with {@code eventfilter}, with case. */
    public static boolean isFilterKey(String key) {
        return key.startsWith(KEY_PREFIX);
    }

    /**
     * The criteria the {@code Filter} action builds from its {@code MatchCriteria} header
     * (manager.c action_filter): {@code eventfilter(<criteria>)}, or {@code eventfilter} when empty.
     */
    public static String filterActionCriteria(String matchCriteria) {
        return matchCriteria == null || matchCriteria.isEmpty() ? KEY_PREFIX : KEY_PREFIX + "(" + matchCriteria + ")";
    }

    /**
     * Parses a filter.
     *
     * @param criteria the config key ({@code eventfilter...}) or {@link #filterActionCriteria}'s result
     * @param pattern the config value or the {@code Filter} header; may start with {@code !}
     */
    public static FilterParseResult parse(String criteria, String pattern) {
        if (criteria == null || criteria.isEmpty()) {
            return formatError("Missing criteria");
        }
        if (pattern == null) {
            return formatError("Filter pattern was NULL");
        }
        boolean exclude = pattern.startsWith("!");
        String body = exclude ? pattern.substring(1) : pattern;
        String where = "'" + criteria + " = " + body + "': ";
        int optionsStart = criteria.indexOf('(');
        if (optionsStart < 0) {
            if (body.isEmpty()) {
                return formatError(where + "Legacy filter with no filter pattern specified");
            }
            return build(exclude ? FilterAction.EXCLUDE : FilterAction.INCLUDE, null, null, MatchMethod.REGEX, body);
        }
        return new AdvancedOptions(where, exclude).parse(criteria.substring(optionsStart + 1), body);
    }

    /** The options of one advanced filter, collected as manager_add_filter walks them. */
    private static final class AdvancedOptions {
        private final String where;
        private FilterAction action;
        private String eventName;
        private String headerName;
        private MatchMethod method = MatchMethod.NONE;
        private boolean anyOption;
        private FilterParseResult error;

        AdvancedOptions(String where, boolean exclude) {
            this.where = where;
            this.action = exclude ? FilterAction.EXCLUDE : FilterAction.INCLUDE;
        }

        FilterParseResult parse(String options, String pattern) {
            String trimmed = stripTrailingBlanks(options);
            if (trimmed.isEmpty() || !trimmed.endsWith(")")) {
                return formatError(where + "Filter options not formatted correctly");
            }
            for (String option : strtok(trimmed)) {
                apply(option);
                if (error != null) {
                    return error;
                }
                anyOption = true;
            }
            if (!anyOption) {
                return formatError(where + "No action, name, header, or method option found");
            }
            if (pattern.isEmpty() && method != MatchMethod.NONE) {
                return formatError(where + "method can't be '" + method.keyword() + "' with no filter pattern");
            }
            if (!pattern.isEmpty() && method == MatchMethod.NONE) {
                return formatError(where + "method can't be 'none' with a filter pattern");
            }
            if (eventName == null && headerName == null && method == MatchMethod.NONE) {
                return formatError(where + "No name or header option found and no filter pattern");
            }
            return build(action, eventName, headerName, method, pattern);
        }

        private void apply(String option) {
            // prefix tests in manager_add_filter's order: "actionfoo(x" counts as action
            if (option.startsWith("action")) {
                String value = value(option, "action");
                if (value != null) {
                    applyAction(value);
                }
            } else if (option.startsWith("name")) {
                eventName = nonEmptyValue(option, "name");
            } else if (option.startsWith("header")) {
                String header = nonEmptyValue(option, "header");
                headerName = header == null || header.endsWith(":") ? header : header + ":";
            } else if (option.startsWith("method")) {
                String value = nonEmptyValue(option, "method");
                if (value != null) {
                    applyMethod(value);
                }
            } else {
                error = formatError(where + "Filter option '" + option + "' is unknown");
            }
        }

        private void applyAction(String value) {
            if (value.equals("include")) {
                action = FilterAction.INCLUDE;
            } else if (value.equals("exclude")) {
                action = FilterAction.EXCLUDE;
            } else {
                error = formatError(where + "'action' option '" + value + "' is unknown");
            }
        }

        private void applyMethod(String value) {
            MatchMethod.byKeyword(value).ifPresentOrElse(
                    m -> method = m,
                    () -> error = formatError(where + "'method' option '" + value + "' is unknown"));
        }

        /**
         * What follows the option's first {@code (}, trailing blanks cut (Asterisk's ast_strip
         * result is ignored there, so leading blanks stay). Sets the error if there is no {@code (}.
         */
        private String value(String option, String keyword) {
            int open = option.indexOf('(');
            if (open < 0) {
                error = formatError(where + "'" + keyword + "' parameter not formatted correctly");
                return null;
            }
            return stripTrailingBlanks(option.substring(open + 1));
        }

        private String nonEmptyValue(String option, String keyword) {
            String value = value(option, keyword);
            if (value != null && value.isEmpty()) {
                error = formatError(where + "'" + keyword + "' parameter not formatted correctly");
                return null;
            }
            return value;
        }
    }

    private static FilterParseResult build(FilterAction action, String eventName, String headerName,
            MatchMethod method, String pattern) {
        Pattern regex = null;
        if (method == MatchMethod.REGEX) {
            try {
                // regcomp(REG_EXTENDED | REG_NOSUB): no case folding
                regex = PosixRegex.compile(pattern, false);
            } catch (PosixRegexException e) {
                return new FilterParseResult.Rejected(FilterError.COMPILE_FAIL,
                        "Unable to compile regex filter for '" + pattern + "'");
            }
        }
        return new FilterParseResult.Accepted(new EventFilter(action, eventName, headerName, method, pattern, regex));
    }

    private static FilterParseResult formatError(String warning) {
        return new FilterParseResult.Rejected(FilterError.FORMAT_ERROR, warning);
    }

    /** C strtok: the maximal runs of non-delimiter chars. */
    private static List<String> strtok(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && OPTION_DELIMITERS.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int start = i;
            while (i < text.length() && OPTION_DELIMITERS.indexOf(text.charAt(i)) < 0) {
                i++;
            }
            if (i > start) {
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }

    /**
     * strings.h ast_strip where its result is ignored: trailing blanks (bytes below 33) are cut in
     * place, but only when the string holds a non-blank; leading blanks stay.
     */
    private static String stripTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) < 33) {
            end--;
        }
        return end == 0 ? s : s.substring(0, end);
    }
}
