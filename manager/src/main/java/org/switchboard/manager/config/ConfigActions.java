package org.switchboard.manager.config;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.switchboard.config.ConfigWriter;
import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;

/**
 * The configuration file actions of manager.c (spec 01 §9.3): GetConfig, GetConfigJSON,
 * ListCategories, UpdateConfig and CreateConfig, with the file access rules of spec 01 §3.5.
 * File work (reading, fsync'ed writes, #exec) runs on one thread of this family's own, never on
 * an I/O event loop or the PBX core; {@link #close()} stops it.
 */
public final class ConfigActions implements ActionFamily, AutoCloseable {
    private final ConfigFileAccess files;
    private final ExecutorService io;

    /**
     * @param configDir       Asterisk's configuration directory
     * @param liveDangerously asterisk.conf live_dangerously, read at each request
     * @param execIncludes    asterisk.conf execincludes, read at each request
     */
    public ConfigActions(Path configDir, BooleanSupplier liveDangerously, BooleanSupplier execIncludes) {
        this.files = new ConfigFileAccess(configDir, liveDangerously, execIncludes, new ConfigWriter(configDir));
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "config-files");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(
                new GetConfigAction(files, io),
                new GetConfigJsonAction(files, io),
                new ListCategoriesAction(files, io),
                new UpdateConfigAction(files, io),
                new CreateConfigAction(files, io));
    }

    @Override
    public void close() {
        io.shutdown();
        try {
            io.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
