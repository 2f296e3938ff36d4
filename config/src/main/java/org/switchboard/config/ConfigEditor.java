package org.switchboard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes a {@link ConfigFile} the way Asterisk's config API does (config.c), for UpdateConfig and
 * anything else that rewrites configuration: find categories by name and filter, add, insert,
 * rename, delete and empty them, and update, delete, append and insert variables. New categories
 * and variables have no {@link Location}: {@link ConfigWriter} writes them to the file being saved.
 *
 * <p>Each method names the config.c function whose behaviour it has, odd corners included.
 */
public final class ConfigEditor {
    private static final Logger log = LoggerFactory.getLogger(ConfigEditor.class);

    private ConfigEditor() { }

    // ---- finding categories ----

    /**
     * Every category that ast_category_browse_filtered would visit: name equal ignoring ASCII
     * case (any name when {@code name} is empty), and the {@code filter} matching ({@code
     * name_regex=value_regex} terms separated by commas, {@code TEMPLATES=include|restrict}).
     * Without a filter, templates are left out.
     */
    public static List<Category> browse(ConfigFile config, String name, String filter) {
        List<Category> out = new ArrayList<>();
        for (Category c : config.categories()) {
            if (CategoryFilter.matches(c, name, filter, ',', ConfigEditor::logRegexError)) {
                out.add(c);
            }
        }
        return out;
    }

    /** ast_category_get: the first category {@link #browse} would visit. */
    public static Optional<Category> get(ConfigFile config, String name, String filter) {
        for (Category c : config.categories()) {
            if (CategoryFilter.matches(c, name, filter, ',', ConfigEditor::logRegexError)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static void logRegexError(String message) {
        log.error("{}", message);
    }

    // ---- categories ----

    /** ast_category_new / ast_category_new_template: a category not yet in any file (name cut to 79 bytes). */
    public static Category newCategory(String name, boolean template) {
        Category c = new Category(CStrings.truncate(name, Category.NAME_BUFFER), false, List.of(), null, List.of(), null);
        if (template) {
            c.markTemplate();
        }
        return c;
    }

    /** ast_category_inherit: records {@code base} as a template of {@code category} and copies its variables in. */
    public static void inherit(Category category, Category base) {
        category.inherit(base);
    }

    /** ast_category_append: adds the category at the end. */
    public static void append(ConfigFile config, Category category) {
        config.add(category);
    }

    /**
     * ast_category_insert: puts the category before the first one named {@code match} (ASCII case
     * ignored); false when there is none.
     */
    public static boolean insertBefore(ConfigFile config, Category category, String match) {
        List<Category> all = config.mutableCategories();
        for (int i = 0; i < all.size(); i++) {
            if (CStrings.equalsIgnoreAsciiCase(all.get(i).name(), match)) {
                all.add(i, category);
                return true;
            }
        }
        return false;
    }

    /** ast_category_rename (the name is cut to 79 bytes). */
    public static void rename(Category category, String name) {
        category.rename(CStrings.truncate(name, Category.NAME_BUFFER));
    }

    /** ast_category_delete. */
    public static void delete(ConfigFile config, Category category) {
        config.remove(category);
    }

    /** ast_category_empty: removes every variable, inherited ones too; the header keeps its templates. */
    public static void empty(Category category) {
        category.clear();
    }

    // ---- variables ----

    /**
     * ast_variable_update: replaces the first variable named {@code name} (ASCII case ignored)
     * whose value equals {@code match} ignoring case (any value when {@code match} is empty). The
     * new one takes the given spelling of the name, keeps the old one's place, line and comments,
     * is an object ({@code =>}) if either was, and is no longer inherited. False when none matched.
     */
    public static boolean updateVariable(Category category, String name, String value, String match, boolean object) {
        List<Variable> vars = category.mutableVariables();
        for (int i = 0; i < vars.size(); i++) {
            Variable v = vars.get(i);
            if (CStrings.equalsIgnoreAsciiCase(v.name(), name)
                    && (isEmpty(match) || CStrings.equalsIgnoreAsciiCase(v.value(), match))) {
                vars.set(i, v.updatedTo(name, value, object));
                return true;
            }
        }
        return false;
    }

    /**
     * ast_variable_delete: with a {@code line}, deletes the variable at that 0-based position
     * (inherited ones count; a line that is not a number or is negative deletes nothing);
     * otherwise every variable named {@code name} whose value equals {@code match} (both ignoring
     * ASCII case; any value when {@code match} is empty). False when nothing was deleted.
     */
    public static boolean deleteVariable(Category category, String name, String match, String line) {
        List<Variable> vars = category.mutableVariables();
        if (!isEmpty(line)) {
            OptionalInt item = scanDecimal(line);
            if (item.isEmpty() || item.getAsInt() < 0 || item.getAsInt() >= vars.size()) {
                return false;
            }
            vars.remove(item.getAsInt());
            return true;
        }
        return vars.removeIf(v -> CStrings.equalsIgnoreAsciiCase(v.name(), name)
                && (isEmpty(match) || CStrings.equalsIgnoreAsciiCase(v.value(), match)));
    }

    /** ast_variable_new + ast_variable_append: a new variable at the end of the category. */
    public static void appendVariable(Category category, String name, String value, boolean object) {
        category.add(new Variable(name, value, object, null, List.of(), null));
    }

    /**
     * ast_variable_new + ast_variable_insert: a new variable at position {@code line} (0 = first;
     * past the end = last; a negative number = second). A line that is not a number inserts
     * nothing. Where Asterisk would crash (a number other than 0 into an empty category) the
     * variable is simply added.
     */
    public static void insertVariable(Category category, String name, String value, String line) {
        OptionalInt at = scanDecimal(line == null ? "" : line);
        if (at.isEmpty()) {
            return;
        }
        List<Variable> vars = category.mutableVariables();
        int n = at.getAsInt();
        int index = n == 0 || vars.isEmpty() ? 0 : Math.min(Math.max(n, 1), vars.size());
        vars.add(index, new Variable(name, value, false, null, List.of(), null));
    }

    // ---- text helpers ----

    /**
     * utils.c ast_strsep with AST_STRSEP_STRIP: splits at {@code sep} outside quotes, then strips
     * blanks and one pair of surrounding quotes from each piece (how UpdateConfig splits Options).
     */
    public static List<String> strsep(String input, char sep) {
        return CategoryFilter.split(input, sep);
    }

    /** sscanf("%30d"): blanks, an optional sign, then at least one decimal digit. */
    static OptionalInt scanDecimal(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && CStrings.isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < n && digits < 30 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            value = Math.min(value * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE);
            digits++;
            i++;
        }
        if (digits == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) (negative ? -value : value));
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
