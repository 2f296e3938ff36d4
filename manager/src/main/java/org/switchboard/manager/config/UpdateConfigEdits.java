package org.switchboard.manager.config;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigEditor;
import org.switchboard.config.ConfigFile;
import org.switchboard.protocol.AmiHeaders;
import org.switchboard.protocol.Ascii;

/**
 * The numbered edits of an UpdateConfig request (manager.c handle_updates), applied in order to a
 * loaded file: {@code Action-NNNNNN} with its {@code Cat-}, {@code Var-}, {@code Value-},
 * {@code Match-}, {@code Line-} and {@code Options-} headers, from 000000 up to the first missing
 * number. The first failing edit stops the run; the caller then saves nothing.
 */
final class UpdateConfigEdits {
    private static final Logger log = LoggerFactory.getLogger(UpdateConfigEdits.class);
    /** handle_updates stops after this many edits. */
    static final int MAX_EDITS = 100_000;

    /** manager.c enum error_type, with the texts action_updateconfig answers. */
    enum Failure {
        UNKNOWN_ACTION("Unknown action command"),
        UNKNOWN_CATEGORY("Given category does not exist"),
        UNSPECIFIED_CATEGORY("Category not specified"),
        UNSPECIFIED_ARGUMENT("Problem with category, value, or line (if required)"),
        FAILURE_NEWCAT("Create category did not complete successfully"),
        FAILURE_UPDATE("Update did not complete successfully"),
        FAILURE_TEMPLATE("Template category not found");

        final String text;

        Failure(String text) {
            this.text = text;
        }
    }

    /** The Options-NNNNNN flags. */
    private record Options(boolean allowDups, boolean template, boolean ignoreError, String inherit, String catFilter) {
        static Options parse(String text) {
            boolean allowDups = false;
            boolean template = false;
            boolean ignoreError = false;
            String inherit = null;
            String catFilter = null;
            if (!text.isEmpty()) {
                for (String token : ConfigEditor.strsep(text, ',')) {
                    if (Ascii.equalsIgnoreCase(token, "allowdups")) {
                        allowDups = true;
                    } else if (Ascii.equalsIgnoreCase(token, "template")) {
                        template = true;
                    } else if (Ascii.equalsIgnoreCase(token, "ignoreerror")) {
                        ignoreError = true;
                    } else if (token.startsWith("inherit")) {
                        inherit = secondPiece(token, inherit);
                    } else if (token.startsWith("catfilter")) {
                        catFilter = secondPiece(token, catFilter);
                    }
                }
            }
            return new Options(allowDups, template, ignoreError, inherit, catFilter);
        }

        /** {@code name=value} split like ast_strsep: the value up to a further '=' outside quotes. */
        private static String secondPiece(String token, String previous) {
            List<String> pieces = ConfigEditor.strsep(token, '=');
            return pieces.size() > 1 ? pieces.get(1) : previous;
        }
    }

    private UpdateConfigEdits() { }

    /** Applies the request's edits; empty when all went through. */
    static Optional<Failure> apply(AmiHeaders request, ConfigFile config) {
        for (int x = 0; x < MAX_EDITS; x++) {
            String n = String.format("%06d", x);
            String action = request.first("Action-" + n);
            if (action.isEmpty()) {
                break;
            }
            String cat = request.first("Cat-" + n);
            if (cat.isEmpty()) {
                return Optional.of(Failure.UNSPECIFIED_CATEGORY);
            }
            String var = request.first("Var-" + n);
            String value = request.first("Value-" + n);
            boolean object = false;
            if (value.startsWith(">")) {
                object = true;
                value = value.substring(1);
            }
            String match = request.first("Match-" + n);
            String line = request.first("Line-" + n);
            Options options = Options.parse(request.first("Options-" + n));
            Optional<Failure> failure = applyOne(config, x, action, cat, var, value, object, match, line, options);
            if (failure == null) {
                continue;   // ignoreerror on an existing category: this edit is skipped
            }
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    /** One edit: empty when done, a failure, or null when it was skipped. */
    private static Optional<Failure> applyOne(ConfigFile config, int x, String action, String cat, String var,
                                              String value, boolean object, String match, String line, Options o) {
        if (Ascii.equalsIgnoreCase(action, "newcat")) {
            return newCategory(config, cat, match, o);
        }
        List<Category> targets;
        if (Ascii.equalsIgnoreCase(action, "renamecat")) {
            if (value.isEmpty()) {
                return Optional.of(Failure.UNSPECIFIED_ARGUMENT);
            }
            targets = ConfigEditor.browse(config, cat, o.catFilter());
            targets.forEach(c -> ConfigEditor.rename(c, value));
            return targets.isEmpty() ? Optional.of(Failure.UNKNOWN_CATEGORY) : Optional.empty();
        }
        if (Ascii.equalsIgnoreCase(action, "delcat")) {
            targets = ConfigEditor.browse(config, cat, o.catFilter());
            targets.forEach(c -> ConfigEditor.delete(config, c));
            return targets.isEmpty() && !o.ignoreError() ? Optional.of(Failure.UNKNOWN_CATEGORY) : Optional.empty();
        }
        if (Ascii.equalsIgnoreCase(action, "emptycat")) {
            targets = ConfigEditor.browse(config, cat, o.catFilter());
            targets.forEach(ConfigEditor::empty);
            return targets.isEmpty() ? Optional.of(Failure.UNKNOWN_CATEGORY) : Optional.empty();
        }
        if (Ascii.equalsIgnoreCase(action, "update")) {
            if (var.isEmpty()) {
                return Optional.of(Failure.UNSPECIFIED_ARGUMENT);
            }
            targets = ConfigEditor.browse(config, cat, o.catFilter());
            boolean found = false;
            for (Category c : targets) {
                found |= ConfigEditor.updateVariable(c, var, value, match, object);
            }
            if (targets.isEmpty()) {
                return Optional.of(Failure.UNKNOWN_CATEGORY);
            }
            return found ? Optional.empty() : Optional.of(Failure.FAILURE_UPDATE);
        }
        if (Ascii.equalsIgnoreCase(action, "delete")) {
            if (var.isEmpty() && line.isEmpty()) {
                return Optional.of(Failure.UNSPECIFIED_ARGUMENT);
            }
            targets = ConfigEditor.browse(config, cat, o.catFilter());
            boolean found = false;
            for (Category c : targets) {
                found |= ConfigEditor.deleteVariable(c, var, match, line);
            }
            if (targets.isEmpty()) {
                return Optional.of(Failure.UNKNOWN_CATEGORY);
            }
            return found || o.ignoreError() ? Optional.empty() : Optional.of(Failure.FAILURE_UPDATE);
        }
        if (Ascii.equalsIgnoreCase(action, "append")) {
            if (var.isEmpty()) {
                return Optional.of(Failure.UNSPECIFIED_ARGUMENT);
            }
            targets = ConfigEditor.browse(config, cat, o.catFilter());
            boolean asObject = object || Ascii.equalsIgnoreCase(match, "object");
            targets.forEach(c -> ConfigEditor.appendVariable(c, var, value, asObject));
            return targets.isEmpty() ? Optional.of(Failure.UNKNOWN_CATEGORY) : Optional.empty();
        }
        if (Ascii.equalsIgnoreCase(action, "insert")) {
            if (var.isEmpty() || line.isEmpty()) {
                return Optional.of(Failure.UNSPECIFIED_ARGUMENT);
            }
            targets = ConfigEditor.browse(config, cat, o.catFilter());
            // ast_variable_insert: no object flag, whatever Value said
            targets.forEach(c -> ConfigEditor.insertVariable(c, var, value, line));
            return targets.isEmpty() ? Optional.of(Failure.UNKNOWN_CATEGORY) : Optional.empty();
        }
        log.warn("Action-{}: {} not handled", String.format("%06d", x), action);
        return Optional.of(Failure.UNKNOWN_ACTION);
    }

    private static Optional<Failure> newCategory(ConfigFile config, String cat, String match, Options o) {
        if (!o.allowDups() && ConfigEditor.get(config, cat, "TEMPLATES=include").isPresent()) {
            return o.ignoreError() ? null : Optional.of(Failure.FAILURE_NEWCAT);
        }
        Category category = ConfigEditor.newCategory(cat, o.template());
        if (o.inherit() != null) {
            for (String name : ConfigEditor.strsep(o.inherit(), ',')) {
                Optional<Category> template = ConfigEditor.get(config, name, "TEMPLATES=restrict");
                if (template.isEmpty()) {
                    return Optional.of(Failure.FAILURE_TEMPLATE);
                }
                ConfigEditor.inherit(category, template.get());
            }
        }
        if (match.isEmpty()) {
            ConfigEditor.append(config, category);
            return Optional.empty();
        }
        return ConfigEditor.insertBefore(config, category, match) ? Optional.empty() : Optional.of(Failure.FAILURE_NEWCAT);
    }
}
