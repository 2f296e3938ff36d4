package org.switchboard.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a {@link ConfigFile} back to disk as Asterisk's ast_config_text_file_save2 does (config.c),
 * so a file rewritten by UpdateConfig looks as it would after a real Asterisk rewrote it:
 *
 * <ul>
 *   <li>every file gets a fresh {@code ;!} header (Filename, Generator, Creation Date); old
 *       {@code ;!} lines are dropped;</li>
 *   <li>categories and variables come out in model order, each with the comment and blank lines
 *       that stood above it, its same-line comment (two blanks after the value) and the comments
 *       that ended its file; a gap in line numbers of up to four lines becomes blank lines, a larger
 *       one a single blank line;</li>
 *   <li>{@code #include}, {@code #tryinclude} and {@code #exec} lines are put back before the first
 *       item that followed them (their same-line comments are lost, as in Asterisk);</li>
 *   <li>an item goes back to the file it was read from: the saved file for the top-level file and
 *       for items made in memory, the included file for items read from one (which is rewritten
 *       too);</li>
 *   <li>{@code ;} in values is written {@code \;}; {@code =>} is kept; a category's header lists
 *       {@code !} and its templates, and variables it has from its templates are left out (with
 *       {@code preserveEffectiveContext}, only those whose value still equals the template's).</li>
 * </ul>
 *
 * <p>Each file is replaced atomically (temporary file, fsync, rename). Deliberate differences from
 * Asterisk: items read from a wildcard include go back to the file they came from (Asterisk would
 * write them all to a file literally named after the pattern); items produced by {@code #exec} are
 * not written (Asterisk writes them to the lost temporary file); a file included twice is written
 * once.
 */
public final class ConfigWriter {
    /** ctime(3): "Sun Nov 22 12:55:14 2026". */
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

    private final Path configDir;
    private final Clock clock;

    /** @param configDir where relative file names are saved (Asterisk's astetcdir) */
    public ConfigWriter(Path configDir) {
        this(configDir, Clock.systemDefaultZone());
    }

    /** @param clock the time and zone of the header's Creation Date */
    public ConfigWriter(Path configDir, Clock clock) {
        this.configDir = Objects.requireNonNull(configDir, "configDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves {@code config} as {@code fileName} (relative names are in the configuration
     * directory), rewriting the files it includes as well.
     *
     * @param generator the header's Generator line, e.g. {@code Manager}
     * @param preserveEffectiveContext Asterisk's CONFIG_SAVE_FLAG_PRESERVE_EFFECTIVE_CONTEXT
     * @throws IOException when a file cannot be written; files already replaced stay replaced
     */
    public void save(ConfigFile config, String fileName, String generator, boolean preserveEffectiveContext)
            throws IOException {
        for (Map.Entry<Path, String> file : render(config, fileName, generator, preserveEffectiveContext).entrySet()) {
            AtomicFile.write(file.getKey(), file.getValue().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** What {@link #save} would write: each file's path and content, in the order they are written. */
    public Map<Path, String> render(ConfigFile config, String fileName, String generator,
                                    boolean preserveEffectiveContext) {
        return new Rendering(config, fileName, generator, preserveEffectiveContext).run();
    }

    /** config.c make_fn: an absolute name as is, a relative one in the configuration directory. */
    Path pathOf(String name) {
        String nativeName = CStrings.toNativeName(name);
        return nativeName.startsWith("/") ? Path.of(nativeName) : Path.of(configDir + "/" + nativeName);
    }

    /** One save: the output files with their line counters, and which includes were written. */
    private final class Rendering {
        private final ConfigFile config;
        private final String fileName;
        private final String generator;
        private final boolean preserve;
        private final Path destination;
        private final Map<Path, Output> outputs = new LinkedHashMap<>();
        private final Map<Path, Include> includedFiles = new LinkedHashMap<>();
        private final Set<Include> written = new HashSet<>();
        private final Set<List<Object>> seen = new HashSet<>();
        private final String date;

        Rendering(ConfigFile config, String fileName, String generator, boolean preserve) {
            this.config = config;
            this.fileName = fileName;
            this.generator = generator;
            this.preserve = preserve;
            this.destination = pathOf(fileName);
            this.date = CTIME.format(ZonedDateTime.now(clock));
            for (Include include : config.includes()) {
                for (Path p : include.files()) {
                    includedFiles.putIfAbsent(p, include);
                }
            }
        }

        Map<Path, String> run() {
            // every included file is started afresh (with its header) before the main file
            for (Map.Entry<Path, Include> e : includedFiles.entrySet()) {
                if (e.getValue().kind() != Include.Kind.EXEC && !e.getKey().equals(destination)) {
                    output(e.getKey());
                }
            }
            output(destination);
            for (Category category : config.categories()) {
                writeCategory(category);
            }
            for (Include include : config.includes()) {
                if (!written.contains(include)) {
                    Output out = outputFor(include.location());
                    if (out == null) {
                        continue;
                    }
                    writeInclude(out, include);
                    printComments(out, include.trailingComments());
                }
            }
            Map<Path, String> files = new LinkedHashMap<>();
            outputs.forEach((path, out) -> files.put(path, out.text.toString()));
            return files;
        }

        private void writeCategory(Category category) {
            Output out = outputFor(category.location());
            if (out == null) {
                return;
            }
            leadingLines(out, category.location(), category.precomments());
            out.text.append('[').append(category.name()).append(']');
            List<String> templates = category.inheritedTemplates();
            if (category.isTemplate() || !templates.isEmpty()) {
                out.text.append('(');
                if (category.isTemplate()) {
                    out.text.append('!');
                }
                if (category.isTemplate() && !templates.isEmpty()) {
                    out.text.append(',');
                }
                out.text.append(String.join(",", templates));
                out.text.append(')');
            }
            if (category.sameLineComment() != null) {
                out.text.append(category.sameLineComment());
            }
            out.text.append('\n');
            printComments(out, category.trailingComments());
            for (Variable v : category.variables()) {
                if (!fromTemplate(category, v)) {
                    writeVariable(v);
                }
            }
        }

        private void writeVariable(Variable v) {
            Output out = outputFor(v.location());
            if (out == null) {
                return;
            }
            // the same line again, from a file included twice; a variable that "+=" made from an
            // inherited copy keeps the template's line (config.c ast_variable_move) but is its own
            if (v.location() != null && !v.inherited() && !seen.add(List.of(v.location(), v.name(), v.value()))) {
                return;
            }
            leadingLines(out, v.location(), v.precomments());
            out.text.append(v.name()).append(v.object() ? " => " : " = ").append(escapeSemicolons(v.value()));
            if (v.sameLineComment() != null) {
                out.text.append("  ").append(v.sameLineComment());
            }
            out.text.append('\n');
            printComments(out, v.trailingComments());
        }

        /**
         * Does the category get this variable from one of its templates? Preserving the effective
         * context, only when a template still has the same name (case ignored) with the same value;
         * otherwise every inherited copy counts too.
         */
        private boolean fromTemplate(Category category, Variable v) {
            for (String name : category.inheritedTemplates()) {
                Category template = findTemplate(name);
                if (template == null) {
                    continue;
                }
                for (Variable t : template.variables()) {
                    if ((!preserve && v.inherited())
                            || (CStrings.equalsIgnoreAsciiCase(v.name(), t.name()) && v.value().equals(t.value()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Category findTemplate(String name) {
            for (Category c : config.categories()) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
            for (Category c : config.categories()) {
                if (CStrings.equalsIgnoreAsciiCase(c.name(), name)) {
                    return c;
                }
            }
            return null;
        }

        /** The includes that stood before this item in its file, then its blank and comment lines. */
        private void leadingLines(Output out, Location where, List<String> precomments) {
            if (where != null) {
                for (Include include : config.includes()) {
                    Location at = include.location();
                    if (!written.contains(include) && at != null && at.file().equals(where.file())
                            && where.line() > at.line()) {
                        writeInclude(out, include);
                    }
                }
            }
            blankLines(out, precomments.size(), where == null ? 0 : where.line());
            printComments(out, precomments);
        }

        private void writeInclude(Output out, Include include) {
            blankLines(out, include.precomments().size(), include.location() == null ? 0 : include.location().line());
            printComments(out, include.precomments());
            switch (include.kind()) {
                case INCLUDE -> out.text.append("#include \"").append(include.argument()).append("\"\n");
                case TRYINCLUDE -> out.text.append("#tryinclude \"").append(include.argument()).append("\"\n");
                default -> out.text.append("#exec \"").append(include.argument()).append("\"\n");
            }
            written.add(include);
        }

        /**
         * config.c insert_leading_blank_lines: the lines between the last item written to this file
         * and this one that its comments do not account for come back as blank lines (a gap of five
         * or more is one blank line). Items without a line (made in memory) add none.
         */
        private void blankLines(Output out, int commentLines, int lineNumber) {
            int gap = lineNumber - commentLines - out.lineNumber;
            if (gap < 0 || lineNumber == 0) {
                return;
            }
            if (gap < 5) {
                out.text.append("\n".repeat(gap));
            } else {
                out.text.append('\n');
            }
            out.lineNumber = lineNumber + 1;
        }

        /** config.c print_comment: every line, except Asterisk's own {@code ;!} header lines. */
        private void printComments(Output out, List<String> lines) {
            for (String line : lines) {
                if (!line.startsWith(";!")) {
                    out.text.append(line).append('\n');
                }
            }
        }

        /** The file an item belongs to; null for what an {@code #exec} produced, which is not written. */
        private Output outputFor(Location where) {
            if (where == null || where.file() == null) {
                return output(destination);
            }
            Include from = includedFiles.get(where.file());
            if (from == null || where.file().equals(destination)) {
                return output(destination);
            }
            return from.kind() == Include.Kind.EXEC ? null : output(where.file());
        }

        private Output output(Path file) {
            return outputs.computeIfAbsent(file, f -> {
                Output out = new Output();
                header(out, f);
                return out;
            });
        }

        /** config.c gen_header. */
        private void header(Output out, Path file) {
            out.text.append(";!\n");
            out.text.append(";! Automatically generated configuration file\n");
            if (fileName.equals(file.toString())) {
                out.text.append(";! Filename: ").append(fileName).append('\n');
            } else {
                out.text.append(";! Filename: ").append(fileName).append(" (").append(file).append(")\n");
            }
            out.text.append(";! Generator: ").append(generator).append('\n');
            out.text.append(";! Creation Date: ").append(date).append('\n');
            out.text.append(";!\n");
        }
    }

    /** One file being written, and the line its next item would be on (config.c struct inclfile). */
    private static final class Output {
        final StringBuilder text = new StringBuilder();
        int lineNumber = 1;
    }

    /** utils.c ast_escape_semicolons. */
    static String escapeSemicolons(String value) {
        return value.indexOf(';') < 0 ? value : value.replace(";", "\\;");
    }
}
