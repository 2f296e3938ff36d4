package org.switchboard.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File name expansion as glibc's {@code glob(pattern, GLOB_NOMAGIC | GLOB_BRACE)} does it, which
 * is how Asterisk on Linux expands every file it loads (config.c config_text_file_load,
 * ast_include_new; compat.h MY_GLOB_FLAGS).
 *
 * <ul>
 *   <li>A pattern without {@code * ? [ \} comes back as itself whether or not the file exists
 *       (GLOB_NOMAGIC); a pattern with them that matches nothing gives an empty list.</li>
 *   <li>{@code {a,b}} alternatives are expanded in order, each one sorted on its own; only
 *       alternatives that exist count. When none does, the pattern is taken as written.</li>
 *   <li>Wildcards never match a leading {@code .}; results are sorted in byte order (Asterisk runs
 *       in the C.UTF-8 locale).</li>
 * </ul>
 */
final class Glob {
    private Glob() { }

    static List<String> expand(String pattern) {
        List<String> viaBraces = new ArrayList<>();
        if (expandBraces(pattern, viaBraces) && !viaBraces.isEmpty()) {
            return viaBraces;
        }
        List<String> matched = match(pattern);
        if (matched.isEmpty() && !hasMagic(pattern)) {
            return List.of(pattern);
        }
        return matched;
    }

    /** glob without GLOB_NOMAGIC, as glibc runs it for each brace alternative. */
    private static List<String> expandStrict(String pattern) {
        List<String> viaBraces = new ArrayList<>();
        if (expandBraces(pattern, viaBraces)) {
            return viaBraces;
        }
        return match(pattern);
    }

    /**
     * Expands the first brace group into {@code out}. Returns false when the pattern has no
     * well-formed group, so the caller treats the braces as plain characters.
     */
    private static boolean expandBraces(String pattern, List<String> out) {
        int open = findUnescaped(pattern, 0, '{');
        if (open < 0) {
            return false;
        }
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int altStart = open + 1;
        int close = -1;
        for (int i = open + 1; i < pattern.length() && close < 0; i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    alternatives.add(pattern.substring(altStart, i));
                    close = i;
                } else {
                    depth--;
                }
            } else if (c == ',' && depth == 0) {
                alternatives.add(pattern.substring(altStart, i));
                altStart = i + 1;
            }
        }
        if (close < 0) {
            return false;
        }
        String prefix = pattern.substring(0, open);
        String rest = pattern.substring(close + 1);
        for (String alternative : alternatives) {
            out.addAll(expandStrict(prefix + alternative + rest));
        }
        return true;
    }

    private static int findUnescaped(String s, int from, char wanted) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** What makes glibc look at the disk instead of returning a GLOB_NOMAGIC pattern as written. */
    static boolean hasMagic(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Matches a brace-free pattern against the disk, one path component at a time. */
    private static List<String> match(String pattern) {
        if (pattern.length() > 1 && pattern.endsWith("/")) {
            List<String> dirs = new ArrayList<>();
            for (String candidate : match(pattern.substring(0, pattern.length() - 1))) {
                if (isDirectory(candidate)) {
                    dirs.add(candidate + "/");
                }
            }
            return dirs;
        }
        int slash = pattern.lastIndexOf('/');
        String name = pattern.substring(slash + 1);
        List<String> prefixes = new ArrayList<>();
        if (slash < 0) {
            prefixes.add("");
        } else {
            String dirPattern = slash == 0 ? "/" : pattern.substring(0, slash);
            if (hasMagic(dirPattern)) {
                for (String dir : match(dirPattern)) {
                    if (isDirectory(dir)) {
                        prefixes.add(dir + "/");
                    }
                }
            } else {
                prefixes.add(slash == 0 ? "/" : dirPattern + "/");
            }
        }
        List<String> found = new ArrayList<>();
        for (String prefix : prefixes) {
            if (hasMagic(name)) {
                for (String entry : list(prefix.isEmpty() ? "." : prefix, name.startsWith("."))) {
                    if (FileNameMatcher.matches(name, entry)) {
                        found.add(prefix + entry);
                    }
                }
            } else {
                String candidate = prefix + name;
                Path path = CStrings.toPath(candidate);
                if (path != null && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(candidate);
                }
            }
        }
        found.sort(null);
        return found;
    }

    private static List<String> list(String dir, boolean withDotEntries) {
        List<String> names = new ArrayList<>();
        Path path = CStrings.toPath(dir);
        if (path == null) {
            return names;
        }
        if (withDotEntries) {
            // readdir() returns these two and glibc offers them to a pattern starting with '.'
            names.add(".");
            names.add("..");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // glob without GLOB_ERR skips directories it cannot read
            names.clear();
        }
        return names;
    }

    private static boolean isDirectory(String name) {
        Path path = CStrings.toPath(name);
        return path != null && Files.isDirectory(path);
    }
}
