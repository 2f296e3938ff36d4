package org.switchboard.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code [name]} header with its optional {@code (...)} list (config.c process_text_line):
 *
 * <ul>
 *   <li>The name is everything between {@code [} and the first {@code ]}, not trimmed, cut to 79
 *       bytes. Text after the {@code ]} is ignored unless a {@code (} follows at once.</li>
 *   <li>In the list, separated by commas and not trimmed: {@code !} makes a template,
 *       {@code +} (optionally {@code +filter}) continues the first non-template category of
 *       that name instead of creating one, anything else names a category or template whose
 *       variables are copied in.</li>
 *   <li>A repeated name simply creates another category; both are kept.</li>
 * </ul>
 */
final class CategoryLine {
    private CategoryLine() { }

    static void read(LoadState state, ParseScope scope, String line, Location where) throws LineRejected {
        int close = line.indexOf(']');
        if (close < 0) {
            throw LineRejected.warning("parse error: no closing ']'");
        }
        String name = line.substring(1, close);
        boolean hasList = close + 1 < line.length() && line.charAt(close + 1) == '(';
        ParseScope.Comments comments = scope.takeComments();
        Category created = new Category(CStrings.truncate(name, Category.NAME_BUFFER), false, List.of(), where,
                comments.before(), comments.sameLine());
        scope.category = created;
        if (hasList) {
            int end = line.indexOf(')', close + 2);
            if (end < 0) {
                throw LineRejected.warning("parse error: no closing ')'");
            }
            created = applyList(state, scope, created, name, splitCommas(line.substring(close + 2, end)), where);
        }
        // a continued category keeps no trailing comments of this load: it may live in another file
        scope.forgetLastItem();
        scope.lastCategory = created;
        if (created != null) {
            state.append(created);
        }
    }

    /**
     * Applies the list to the category being read; returns the new category, or null when a
     * {@code +} merged it into an existing one.
     */
    private static Category applyList(LoadState state, ParseScope scope, Category created, String name,
                                      List<String> items, Location where) throws LineRejected {
        Category fresh = created;
        for (String item : items) {
            if (item.equals("!")) {
                scope.category.markTemplate();
            } else if (item.startsWith("+")) {
                // lookup uses the name as written, even when the stored one was cut to 79 bytes
                Category existing = state.findCategory(name, item.substring(1), '&', where);
                if (existing == null) {
                    throw LineRejected.warning("Category addition requested, but category '" + name
                            + "' does not exist");
                }
                if (fresh != null) {
                    state.makeCurrent(existing);
                    if (fresh.isTemplate()) {
                        existing.markTemplate();
                    }
                    for (Variable v : fresh.variables()) {
                        existing.add(v);
                    }
                    fresh = null;
                }
                scope.category = existing;
            } else {
                Category base = state.findCategory(item, "TEMPLATES=include", ',', where);
                if (base == null) {
                    throw LineRejected.warning("Inheritance requested, but category '" + item + "' does not exist");
                }
                scope.category.inherit(base);
            }
        }
        return fresh;
    }

    /** strsep(&list, ","): every piece, empty ones included, nothing trimmed. */
    private static List<String> splitCommas(String list) {
        List<String> items = new ArrayList<>();
        int start = 0;
        int comma;
        while ((comma = list.indexOf(',', start)) >= 0) {
            items.add(list.substring(start, comma));
            start = comma + 1;
        }
        items.add(list.substring(start));
        return items;
    }
}
