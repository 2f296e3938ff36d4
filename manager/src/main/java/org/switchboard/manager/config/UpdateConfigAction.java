package org.switchboard.manager.config;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.AstBool;
import org.switchboard.config.ConfigFile;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.AmiResponse;

/**
 * UpdateConfig (spec 01 §9.3; manager.c action_updateconfig): loads SrcFilename, applies the
 * numbered edits, saves the result as DstFilename (atomically, comments kept) and answers a bare
 * Success; then Reload, if given, runs: a true value reloads everything, another non-false value
 * is a module name. Both files must pass the access check, so a new DstFilename needs CreateConfig
 * first. The next request of the session waits for the reload, as in Asterisk.
 */
final class UpdateConfigAction extends ConfigFileAction {
    private static final Logger log = LoggerFactory.getLogger(UpdateConfigAction.class);

    UpdateConfigAction(ConfigFileAccess files, Executor io) {
        super(files, io);
    }

    @Override public String name() { return "UpdateConfig"; }
    @Override public int requiredWrite() { return PermissionClass.CONFIG.mask(); }
    @Override public String synopsis() { return "Update basic configuration."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String source = ctx.header("SrcFilename");
        String destination = ctx.header("DstFilename");
        if (source.isEmpty() || destination.isEmpty()) {
            ctx.reply(AmiResponse.error(NO_FILENAME));
            return DONE;
        }
        CompletableFuture<String> reload = new CompletableFuture<>();
        CompletionStage<Void> saved = onFileThread(ctx, () -> reload.complete(update(ctx, source, destination)));
        return saved.thenCompose(v -> {
            String module = reload.getNow(null);
            if (module == null) {
                return DONE;
            }
            return ctx.onCore(() -> ctx.runtime().reloader().reload(module.isEmpty() ? null : module));
        });
    }

    /** Runs on the file thread; returns what to reload ("" = everything) or null for nothing. */
    private String update(ActionContext ctx, String source, String destination) {
        if (files.check(source) != ConfigFileAccess.Verdict.ALLOWED
                || files.check(destination) != ConfigFileAccess.Verdict.ALLOWED) {
            ctx.reply(AmiResponse.error(RESTRICTED));
            return null;
        }
        ConfigFile config = loadOrReply(ctx, source);
        if (config == null) {
            return null;
        }
        Optional<UpdateConfigEdits.Failure> failure = UpdateConfigEdits.apply(ctx.message().headers(), config);
        if (failure.isPresent()) {
            ctx.reply(AmiResponse.error(failure.get().text));
            return null;
        }
        String preserve = ctx.header("PreserveEffectiveContext");
        boolean preserveEffectiveContext = preserve.isEmpty() || AstBool.isTrue(preserve);
        try {
            files.save(config, destination, "Manager", preserveEffectiveContext);
        } catch (IOException | RuntimeException e) {
            log.error("Unable to write {}: {}", destination, e.toString());
            ctx.reply(AmiResponse.error("Save of config failed"));
            return null;
        }
        ctx.reply(AmiResponse.startAck());
        String reload = ctx.header("Reload");
        if (reload.isEmpty() || AstBool.isFalse(reload)) {
            return null;
        }
        return AstBool.isTrue(reload) ? "" : reload;
    }
}
