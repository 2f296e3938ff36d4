package org.switchboard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code #include}, {@code #tryinclude} or {@code #exec} line (config.c process_text_line).
 *
 * <ul>
 *   <li>The directive word runs to the first blank (or byte from 0x80 up) and is compared without
 *       ASCII case; an unknown word, or a missing argument, is only a warning.</li>
 *   <li>The argument loses one pair of surrounding {@code "..."} or {@code <...>}.</li>
 *   <li>The included data continues the current category; after the include this file goes on
 *       with its own category, even if the included file opened others.</li>
 *   <li>A missing {@code #include} makes this file invalid; a missing {@code #tryinclude} does
 *       not. A syntax error inside an included file does not either: Asterisk only skips the rest
 *       of that file.</li>
 * </ul>
 */
final class DirectiveLine {
    /** The WARNING Asterisk logs for #exec while asterisk.conf execincludes is off. */
    static final String EXEC_DISABLED =
            "Cannot perform #exec unless execincludes option is enabled in asterisk.conf (options section)!";

    private DirectiveLine() { }

    static void read(LoadState state, ParseScope scope, String line, Location where) throws LineRejected {
        int end = 1;
        while (end < line.length() && !CStrings.isBelow33AsSignedChar(line.charAt(end))) {
            end++;
        }
        String word = line.substring(1, end);
        String argument = null;
        if (end < line.length()) {
            argument = CStrings.strip(line.substring(end + 1));
            if (argument.isEmpty()) {
                argument = null;
            }
        }
        Include.Kind kind;
        if (CStrings.equalsIgnoreAsciiCase(word, "include")) {
            kind = Include.Kind.INCLUDE;
        } else if (CStrings.equalsIgnoreAsciiCase(word, "tryinclude")) {
            kind = Include.Kind.TRYINCLUDE;
        } else if (CStrings.equalsIgnoreAsciiCase(word, "exec")) {
            if (!state.options.execIncludes()) {
                state.notice(ConfigNotice.Severity.WARNING, where, EXEC_DISABLED);
                return;
            }
            kind = Include.Kind.EXEC;
        } else {
            state.notice(ConfigNotice.Severity.WARNING, where, "Unknown directive '#" + word + "'");
            return;
        }
        if (argument == null) {
            state.notice(ConfigNotice.Severity.WARNING, where, "Directive '#" + word + "' needs an argument ("
                    + (kind == Include.Kind.EXEC ? "/path/to/executable" : "filename") + ")");
            return;
        }
        String target = unquote(argument);
        if (kind == Include.Kind.EXEC) {
            state.tracker.execSeen(scope.fileName);
            Path output = ExecInclude.run(target, where, state);
            try {
                include(state, scope, kind, output.toString(), target, output.toString(), where);
            } finally {
                deleteQuietly(output);
            }
        } else {
            state.tracker.includeSeen(scope.fileName, target);
            include(state, scope, kind, target, target, state.names.resolve(target), where);
        }
    }

    private static void include(LoadState state, ParseScope scope, Include.Kind kind, String loadName,
                                String argument, String nativePattern, Location where) throws LineRejected {
        Include include = state.newInclude(kind, where, loadName, argument);
        LoadResult result = state.load(nativePattern, where);
        result.files().forEach(include::addFile);
        if (result.status() == LoadResult.Status.MISSING && kind != Include.Kind.TRYINCLUDE) {
            throw LineRejected.error("The file '" + loadName + "' was listed as a #include but it does not exist.");
        }
        ParseScope.Comments comments = scope.takeComments();
        include.setComments(comments.before(), comments.sameLine());
        scope.forgetLastItem();
        scope.lastInclude = include;
    }

    /** Removes one pair of {@code "..."} or {@code <...>} around the argument. */
    static String unquote(String argument) {
        char first = argument.charAt(0);
        if (first != '"' && first != '<') {
            return argument;
        }
        char closing = first == '<' ? '>' : '"';
        if (argument.charAt(argument.length() - 1) != closing) {
            return argument;
        }
        return argument.length() == 1 ? "" : argument.substring(1, argument.length() - 1);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; Asterisk ignores unlink() failures too
        }
    }
}
