package org.switchboard.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load of a file name: expands it, reads every matching file in turn and feeds its lines to
 * the category, directive and variable readers (config.c config_text_file_load).
 *
 * <p>The files a wildcard matches share one scope, as in Asterisk: the current category, the
 * block-comment depth and the last item carry over from one to the next.
 */
final class TextFileLoad {
    /** The fgets buffer of config_text_file_load: longer lines are skipped. */
    static final int LINE_BUFFER = 8192;
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";
    private static final Logger LOG = LoggerFactory.getLogger(ConfigReader.class);

    private final LoadState state;
    private final ParseScope scope;
    private final CommentScanner comments;
    private final List<Path> filesRead = new ArrayList<>();
    /** Counts lines across all matched files, as config.c does; only the UTF-8 BOM rule uses it. */
    private int sharedLineNumber;
    private ConfigNotice fatal;
    private String missingReason = "no such file";

    TextFileLoad(LoadState state) {
        this.state = state;
        this.scope = new ParseScope(state.current());
        this.comments = new CommentScanner(state);
    }

    LoadResult run(String nativePattern) {
        for (String match : Glob.expand(nativePattern)) {
            loadMatch(match);
            if (fatal != null) {
                break;
            }
        }
        return result();
    }

    LoadResult runText(String nativePath, String text) {
        Path path = CStrings.toPath(nativePath);
        filesRead.add(path);
        parse(nativePath, path, text);
        comments.warnIfUnterminated(path);
        return result();
    }

    private LoadResult result() {
        if (filesRead.isEmpty()) {
            return LoadResult.missing(missingReason);
        }
        LoadResult.Status status = fatal == null ? LoadResult.Status.LOADED : LoadResult.Status.INVALID;
        return new LoadResult(status, fatal, null, List.copyOf(filesRead));
    }

    private void loadMatch(String match) {
        Path path = CStrings.toPath(match);
        BasicFileAttributes attributes = stat(path);
        if (attributes == null) {
            state.tracker.dropped(match);
            missingReason = "no such file";
        } else if (!attributes.isRegularFile()) {
            state.notice(ConfigNotice.Severity.WARNING, null, "'" + match + "' is not a regular file, ignoring");
            state.tracker.dropped(match);
            missingReason = "not a regular file";
        } else {
            state.tracker.opened(match, attributes);
            readAndParse(match, path, attributes);
        }
        if (path != null) {
            comments.warnIfUnterminated(path);
        }
    }

    private void readAndParse(String match, Path path, BasicFileAttributes attributes) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            LOG.trace("Parsing '{}': Not found ({})", match, e.toString());
            missingReason = "cannot be read: " + e.getMessage();
            return;
        }
        state.config.addSource(new ConfigFile.SourceFile(path, attributes.lastModifiedTime(), attributes.size()));
        filesRead.add(path);
        LOG.debug("Parsing {}", match);
        parse(match, path, new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private void parse(String fileName, Path path, String text) {
        scope.fileName = fileName;
        FgetsReader reader = new FgetsReader(text, LINE_BUFFER);
        int lineNumber = 0;
        while (!reader.eof()) {
            sharedLineNumber++;
            String piece = reader.next();
            if (piece == null) {
                continue;
            }
            lineNumber++;
            Location where = new Location(path, lineNumber);
            String line = CStrings.untilNul(piece);
            if (isTooLong(line)) {
                state.notice(ConfigNotice.Severity.WARNING, where, "Line too long, skipping. It begins with: "
                        + line.substring(0, 32) + "...");
                skipRestOfLine(reader);
                continue;
            }
            if (sharedLineNumber == 1 && line.startsWith(UTF8_BOM)) {
                line = line.substring(UTF8_BOM.length());
            }
            if (!readLine(line, where)) {
                break;
            }
        }
        attachTrailingComments();
    }

    /** False when the line made the file invalid. */
    private boolean readLine(String line, Location where) {
        scope.startLine();
        if (isBlank(line)) {
            // blank lines are kept as empty comment lines, even inside a block comment
            scope.blankLine();
            return true;
        }
        String text = comments.scan(line, where, scope);
        if (text == null) {
            return true;
        }
        String content = CStrings.strip(text);
        if (content.isEmpty()) {
            return true;
        }
        try {
            processLine(content, where);
            return true;
        } catch (LineRejected rejected) {
            fatal = state.notice(rejected.severity(), where, rejected.getMessage());
            return false;
        }
    }

    /** config.c process_text_line: a header, a directive, or a variable. */
    private void processLine(String content, Location where) throws LineRejected {
        char first = content.charAt(0);
        if (first == '[') {
            CategoryLine.read(state, scope, content, where);
        } else if (first == '#') {
            DirectiveLine.read(state, scope, content, where);
        } else {
            VariableLine.read(state, scope, content, where);
        }
    }

    /** Comments left at the end of the file belong to the last item created in this load. */
    private void attachTrailingComments() {
        List<String> trailing = scope.takeTrailingComments();
        if (trailing == null) {
            return;
        }
        if (scope.lastCategory != null) {
            scope.lastCategory.setTrailingComments(trailing);
        } else if (scope.lastVariable != null) {
            scope.lastVariable.setTrailingComments(trailing);
        } else if (scope.lastInclude != null) {
            scope.lastInclude.setTrailingComments(trailing);
        } else {
            LOG.trace("Nothing to attach comments to, discarded: {}", trailing);
        }
    }

    private static boolean isTooLong(String line) {
        return line.length() == LINE_BUFFER - 1 && line.charAt(LINE_BUFFER - 2) != '\n';
    }

    private static void skipRestOfLine(FgetsReader reader) {
        String more;
        while ((more = reader.next()) != null) {
            if (!isTooLong(CStrings.untilNul(more))) {
                return;
            }
        }
    }

    /** Only space, tab, CR and LF count here (a form feed makes a line that is stripped away later). */
    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static BasicFileAttributes stat(Path path) {
        if (path == null) {
            return null;
        }
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
