package org.switchboard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a category matches a name and a filter, as config.c does_category_match decides it.
 * The reader needs it for {@code [name](+)} (first non-template category of that name),
 * {@code [name](+var=value&...)} and for inheritance ({@code TEMPLATES=include}: templates too).
 *
 * <p>A filter is a list of {@code name_regex=value_regex} terms separated by {@code sep}; every term
 * must match some variable of the category. {@code TEMPLATES=include} lets templates match,
 * {@code TEMPLATES=restrict} lets only templates match; without either, templates never match.
 * The regular expressions are Java's, which agree with POSIX extended expressions on everything
 * but exotic bracket syntax.
 */
final class CategoryFilter {
    private CategoryFilter() { }

    static boolean matches(Category category, String name, String filter, char sep, Consumer<String> errors) {
        if (name != null && !name.isEmpty() && !CStrings.equalsIgnoreAsciiCase(category.name(), name)) {
            return false;
        }
        if (filter == null || filter.isEmpty()) {
            return !category.isTemplate();
        }
        int terms = 0;
        int matched = 0;
        boolean templateOk = false;
        for (String term : split(filter, sep)) {
            terms++;
            List<String> parts = split(term, '=');
            if (parts.size() < 2) {
                break;
            }
            String termName = parts.get(0);
            String termValue = parts.get(1);
            if (termName.equals("TEMPLATES")) {
                if (CStrings.equalsIgnoreAsciiCase(termValue, "include")) {
                    templateOk |= category.isTemplate();
                    matched++;
                } else if (CStrings.equalsIgnoreAsciiCase(termValue, "restrict")) {
                    if (!category.isTemplate()) {
                        break;
                    }
                    matched++;
                    templateOk = true;
                }
                continue;
            }
            Pattern namePattern = compile(termName, errors);
            Pattern valuePattern = namePattern == null ? null : compile(termValue, errors);
            if (valuePattern == null) {
                return false;
            }
            for (Variable v : category.variables()) {
                if (namePattern.matcher(v.name()).find() && valuePattern.matcher(v.value()).find()) {
                    matched++;
                    break;
                }
            }
        }
        return matched == terms && (!category.isTemplate() || templateOk);
    }

    private static Pattern compile(String regex, Consumer<String> errors) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            errors.accept("Regular expression '" + regex + "' failed to compile: " + e.getDescription());
            return null;
        }
    }

    /**
     * utils.c ast_strsep with AST_STRSEP_STRIP: splits at {@code sep} outside quotes (a backslash
     * protects the next character), then strips blanks and one pair of surrounding quotes. An
     * empty input gives one empty piece.
     */
    static List<String> split(String input, char sep) {
        List<String> pieces = new ArrayList<>();
        StringBuilder quotes = new StringBuilder();
        int start = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                // the backslash hides the next character; the one after it is examined as usual
                i += 2;
                if (i >= input.length()) {
                    break;
                }
                c = input.charAt(i);
            }
            if (c == '\'' || c == '"') {
                int top = quotes.length() - 1;
                if (top >= 0 && quotes.charAt(top) == c) {
                    quotes.setLength(top);
                } else {
                    quotes.append(c);
                }
            }
            if (c == sep && quotes.length() == 0) {
                pieces.add(stripQuoted(input.substring(start, i)));
                start = i + 1;
            }
        }
        pieces.add(stripQuoted(input.substring(Math.min(start, input.length()))));
        return pieces;
    }

    private static String stripQuoted(String s) {
        String stripped = CStrings.strip(s);
        if (stripped.length() >= 1) {
            char first = stripped.charAt(0);
            char last = stripped.charAt(stripped.length() - 1);
            if ((first == '"' || first == '\'') && last == first) {
                return stripped.length() == 1 ? "" : stripped.substring(1, stripped.length() - 1);
            }
        }
        return stripped;
    }
}
