package org.switchboard.manager.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.AmiResponse;

/**
 * CreateConfig (spec 01 §9.3; manager.c action_createconfig): creates an empty file, refusing an
 * existing one. The directory part must resolve inside the configuration directory (a plain
 * prefix test, as for the other config actions); system errors are answered with the C library's
 * text ({@code File exists}, {@code No such file or directory}, ...).
 */
final class CreateConfigAction extends ConfigFileAction {
    CreateConfigAction(ConfigFileAccess files, Executor io) {
        super(files, io);
    }

    @Override public String name() { return "CreateConfig"; }
    @Override public int requiredWrite() { return PermissionClass.CONFIG.mask(); }
    @Override public String synopsis() { return "Creates an empty file in the configuration directory."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String fileName = ctx.header("Filename");
        if (fileName.isEmpty()) {
            ctx.reply(AmiResponse.error(NO_FILENAME));
            return DONE;
        }
        return onFileThread(ctx, () -> ctx.reply(create(fileName)));
    }

    private AmiResponse create(String fileName) {
        String stripped = fileName.strip();
        String path = stripped.startsWith("/") ? stripped : files.configDir() + "/" + stripped;
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return AmiResponse.error("Filename is invalid");
        }
        String dir = path.substring(0, slash);
        String name = path.substring(slash + 1);
        Path realDir;
        try {
            if (dir.isEmpty()) {
                throw new NoSuchFileException(dir);   // realpath("") fails with ENOENT
            }
            realDir = ConfigFileAccess.nativePath(dir).toRealPath();
        } catch (IOException e) {
            return AmiResponse.error(strerror(e));
        } catch (InvalidPathException e) {
            return AmiResponse.error("No such file or directory");
        }
        if (!files.liveDangerously() && !files.startsWithConfigDir(realDir.toString())) {
            return AmiResponse.error(RESTRICTED);
        }
        try {
            Files.createFile(ConfigFileAccess.nativePath(realDir + "/" + name));
        } catch (IOException e) {
            return AmiResponse.error(strerror(e));
        } catch (InvalidPathException e) {
            return AmiResponse.error("Invalid argument");
        }
        return AmiResponse.success("New configuration file created successfully");
    }

    /** The glibc strerror text for what open()/realpath() failed with. */
    static String strerror(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return "Input/output error";
    }
}
