package org.switchboard.manager.module;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.switchboard.pbx.module.ModuleRegistry;

/**
 * The check ModuleLoad makes before it loads anything (manager.c file_in_modules_dir): the name,
 * stripped of blanks and put after the modules directory, must resolve (realpath) to an existing
 * file whose path begins with the modules directory.
 *
 * <p>Switchboard's modules directory is virtual: it holds exactly the loadable module files the
 * registry knows, and no subdirectories. A path that climbs out of it is looked up on the real
 * file system, as realpath would.
 */
final class ModulesDirectory {
    /** Asterisk's default astmoddir. */
    static final String DIRECTORY = "/usr/lib/asterisk/modules";

    enum Verdict { INSIDE, OUTSIDE, NOT_FOUND }

    private ModulesDirectory() { }

    static Verdict check(String module, ModuleRegistry registry) {
        List<String> modulesDir = List.of(DIRECTORY.substring(1).split("/"));
        Deque<String> path = new ArrayDeque<>(modulesDir);
        String[] parts = module.strip().split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                path.pollLast();
                continue;
            }
            if (List.copyOf(path).equals(modulesDir)) {
                // inside the virtual directory: only its files exist, and nothing lies below them
                boolean last = i == parts.length - 1;
                return last && registry.hasFile(part) ? Verdict.INSIDE : Verdict.NOT_FOUND;
            }
            path.addLast(part);
        }
        if (List.copyOf(path).equals(modulesDir)) {
            return Verdict.INSIDE;   // the directory itself, e.g. for an empty Module
        }
        Path real = Path.of("/" + String.join("/", path));
        if (!Files.exists(real)) {
            return Verdict.NOT_FOUND;
        }
        // ast_begins_with on the resolved path: a plain prefix test
        return real.toString().startsWith(DIRECTORY) ? Verdict.INSIDE : Verdict.OUTSIDE;
    }
}
