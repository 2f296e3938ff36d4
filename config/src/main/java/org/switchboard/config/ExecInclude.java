package org.switchboard.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the program of an allowed {@code #exec} line (config.c handle_include_exec): through
 * {@code /bin/sh} as {@code "<command> 2>&1 > <temporary file>"}, so its standard output becomes the
 * included text and each line it writes to standard error is logged as an ERROR. A failing program
 * is logged but does not make the file invalid, as in Asterisk.
 */
final class ExecInclude {
    /** The buffer config.c builds the shell command in. */
    private static final int COMMAND_BUFFER = 1024;

    private ExecInclude() { }

    /** Runs {@code command} and returns the file its output went to (the caller deletes it). */
    static Path run(String command, Location where, LoadState state) throws LineRejected {
        Path output = reserveTemporaryName();
        String shellCommand = command + " 2>&1 > " + output;
        if (shellCommand.length() >= COMMAND_BUFFER) {
            throw LineRejected.error("Failed to construct command string to execute " + command + ".");
        }
        Process process;
        try {
            process = new ProcessBuilder("/bin/sh", "-c", shellCommand)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            state.notice(ConfigNotice.Severity.ERROR, where, "#exec <" + command + ">: Failed to execute: " + e.getMessage());
            return output;
        }
        try (BufferedReader errors = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = errors.readLine()) != null) {
                state.notice(ConfigNotice.Severity.ERROR, where, "#exec <" + command + ">: " + line);
            }
            int status = process.waitFor();
            if (status != 0) {
                state.notice(ConfigNotice.Severity.ERROR, where,
                        "#exec <" + command + ">: Exited with return value " + status);
            }
        } catch (IOException e) {
            state.notice(ConfigNotice.Severity.ERROR, where,
                    "#exec <" + command + ">: Failed to retrieve exit status: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            state.notice(ConfigNotice.Severity.ERROR, where, "#exec <" + command + ">: Failed to retrieve exit status: interrupted");
        }
        reportEmptyOutput(command, output, where, state);
        return output;
    }

    private static void reportEmptyOutput(String command, Path output, Location where, LoadState state) {
        try {
            if (Files.size(output) == 0) {
                state.notice(ConfigNotice.Severity.WARNING, where,
                        "#exec <" + command + ">: The program generated no usable output.");
            }
        } catch (IOException e) {
            state.notice(ConfigNotice.Severity.ERROR, where, "#exec <" + command + ">: Unable to stat() temporary file `"
                    + output + "': " + e.getMessage());
        }
    }

    /**
     * A fresh temporary name, left absent: the shell creates the file through its redirection, so
     * a command that never runs leaves nothing to include, as with Asterisk's /var/tmp/exec.* files.
     */
    private static Path reserveTemporaryName() throws LineRejected {
        try {
            Path reserved = Files.createTempFile("exec.", ".conf");
            Files.delete(reserved);
            return reserved;
        } catch (IOException e) {
            throw LineRejected.error("Failed to create a temporary file for #exec: " + e.getMessage());
        }
    }
}
