package org.switchboard.config;

import java.util.List;

/**
 * A {@code name = value}, {@code name => value} or {@code name += more} line (config.c
 * process_text_line).
 *
 * <ul>
 *   <li>The name is everything before the first {@code =}, so {@code eventfilter(name(x)) = y}
 *       works; name and value are stripped of bytes below 33. A leading backslash lets the name
 *       start with a character that would otherwise mean something, as in {@code \[x] = 1}.</li>
 *   <li>{@code =>} sets the object flag; any other {@code >} belongs to the value.</li>
 *   <li>{@code +=} finds the last variable with exactly that name (case matters) and appends the
 *       raw text after {@code =} to its value; without one it is a plain assignment. Asterisk then
 *       rewrites the first variable whose name and value match without ASCII case, which is not
 *       always the one it found; that is kept.</li>
 *   <li>A line before any category makes the file invalid; a line without {@code =} or with an
 *       empty name is only a warning.</li>
 * </ul>
 */
final class VariableLine {
    private VariableLine() { }

    static void read(LoadState state, ParseScope scope, String line, Location where) throws LineRejected {
        Category category = scope.category;
        if (category == null) {
            throw LineRejected.warning("parse error: No category context");
        }
        String text = line;
        int searchFrom = 0;
        if (text.charAt(0) == '\\') {
            text = text.substring(1);
            if (text.isEmpty() || CStrings.isBelow33AsSignedChar(text.charAt(0))) {
                throw LineRejected.error("Invalid escape");
            }
            // the escaped first character is never the '=' that ends the name
            searchFrom = 1;
        }
        int equals = text.indexOf('=', searchFrom);
        if (equals < 0) {
            state.notice(ConfigNotice.Severity.WARNING, where, "No '=' (equal sign)");
            return;
        }
        if (equals > searchFrom && text.charAt(equals - 1) == '+') {
            append(state, scope, category, CStrings.strip(text.substring(0, equals - 1)), text.substring(equals + 1), where);
            return;
        }
        String value = text.substring(equals + 1);
        boolean object = value.startsWith(">");
        if (object) {
            value = value.substring(1);
        }
        create(state, scope, category, CStrings.strip(text.substring(0, equals)), CStrings.strip(value), object, where);
    }

    private static void append(LoadState state, ParseScope scope, Category category, String name, String more,
                               Location where) {
        Variable found = null;
        for (Variable v : category.variables()) {
            if (v.name().equals(name)) {
                found = v;
            }
        }
        if (found == null) {
            create(state, scope, category, name, CStrings.strip(more), false, where);
            return;
        }
        String joined = CStrings.skipBlanks(CStrings.trimBlanks(found.value() + more));
        List<Variable> variables = category.mutableVariables();
        for (int i = 0; i < variables.size(); i++) {
            Variable candidate = variables.get(i);
            if (CStrings.equalsIgnoreAsciiCase(candidate.name(), found.name())
                    && (found.value().isEmpty() || CStrings.equalsIgnoreAsciiCase(candidate.value(), found.value()))) {
                Variable replacement = candidate.replacedBy(found.name(), joined);
                variables.set(i, replacement);
                if (scope.lastVariable == candidate) {
                    scope.lastVariable = replacement;
                }
                return;
            }
        }
    }

    private static void create(LoadState state, ParseScope scope, Category category, String name, String value,
                               boolean object, Location where) {
        if (name.isEmpty()) {
            state.notice(ConfigNotice.Severity.WARNING, where, "No variable name");
            return;
        }
        ParseScope.Comments comments = scope.takeComments();
        Variable variable = new Variable(name, value, object, where, comments.before(), comments.sameLine());
        category.add(variable);
        scope.forgetLastItem();
        scope.lastVariable = variable;
    }
}
