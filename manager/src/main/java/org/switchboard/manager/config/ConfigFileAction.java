package org.switchboard.manager.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigException;
import org.switchboard.config.ConfigFile;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.protocol.AmiBlockBuilder;
import org.switchboard.protocol.AmiError;
import org.switchboard.protocol.AmiResponse;

/** What the configuration file actions share: the file thread and the common errors. */
abstract class ConfigFileAction implements ActionHandler {
    private static final Logger log = LoggerFactory.getLogger(ConfigFileAction.class);

    static final String NO_FILENAME = "Filename not specified";
    static final String RESTRICTED = "File requires escalated privileges";
    static final String NOT_FOUND = "Config file not found";
    static final String INVALID = "Config file has invalid format";

    final ConfigFileAccess files;
    private final Executor io;

    ConfigFileAction(ConfigFileAccess files, Executor io) {
        this.files = files;
        this.io = io;
    }

    /** Runs {@code work} on the file thread; the action is over when it returns. */
    CompletionStage<Void> onFileThread(ActionContext ctx, Runnable work) {
        try {
            return CompletableFuture.runAsync(work, io).exceptionally(e -> {
                log.error("{} failed", name(), e);
                ctx.reply(AmiResponse.error(AmiError.INTERNAL_ERROR));
                return null;
            });
        } catch (RejectedExecutionException e) {
            ctx.reply(AmiResponse.error(AmiError.INTERNAL_ERROR));
            return DONE;
        }
    }

    /** Loads the file, or replies with Asterisk's error and returns null. */
    ConfigFile loadOrReply(ActionContext ctx, String fileName) {
        try {
            return files.load(fileName);
        } catch (ConfigException e) {
            ctx.reply(AmiResponse.error(e.kind() == ConfigException.Kind.INVALID ? INVALID : NOT_FOUND));
            return null;
        }
    }

    /** astman_start_ack: {@code Response: Success} and the ActionID, for a reply built line by line. */
    static AmiBlockBuilder startAck(ActionContext ctx) {
        return new AmiBlockBuilder().header("Response", "Success").headerIfNotEmpty("ActionID", ctx.actionId());
    }

    /** The %06d numbering of GetConfig and ListCategories. */
    static String number(int n) {
        return String.format("%06d", n);
    }
}
