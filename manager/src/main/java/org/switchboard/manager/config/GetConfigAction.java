package org.switchboard.manager.config;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.config.Category;
import org.switchboard.config.ConfigEditor;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.AmiBlockBuilder;
import org.switchboard.protocol.AmiResponse;

/**
 * GetConfig (spec 01 §9.3; manager.c action_getconfig): the categories that match Category and
 * Filter, each as {@code Category-N}, {@code IsTemplate-N}, {@code Templates-N} and one
 * {@code Line-N-M} per variable (inherited ones included).
 */
final class GetConfigAction extends ConfigFileAction {
    GetConfigAction(ConfigFileAccess files, Executor io) {
        super(files, io);
    }

    @Override public String name() { return "GetConfig"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CONFIG); }
    @Override public String synopsis() { return "Retrieve configuration."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String fileName = ctx.header("Filename");
        String category = ctx.header("Category");
        String filter = ctx.header("Filter");
        if (fileName.isEmpty()) {
            ctx.reply(AmiResponse.error(NO_FILENAME));
            return DONE;
        }
        return onFileThread(ctx, () -> {
            switch (files.check(fileName)) {
                case RESTRICTED:
                    ctx.reply(AmiResponse.error(RESTRICTED));
                    return;
                case FAILED:
                    ctx.reply(AmiResponse.error(NOT_FOUND));
                    return;
                default:
                    break;
            }
            ConfigFile config = loadOrReply(ctx, fileName);
            if (config == null) {
                return;
            }
            AmiBlockBuilder reply = startAck(ctx);
            List<Category> matches = ConfigEditor.browse(config, category, filter);
            for (int c = 0; c < matches.size(); c++) {
                Category cat = matches.get(c);
                String n = number(c);
                reply.header("Category-" + n, cat.name());
                if (cat.isTemplate()) {
                    reply.header("IsTemplate-" + n, "1");
                }
                if (!cat.inheritedTemplates().isEmpty()) {
                    reply.header("Templates-" + n, String.join(",", cat.inheritedTemplates()));
                }
                int line = 0;
                for (Variable v : cat.variables()) {
                    reply.line("Line-" + n + "-" + number(line++) + ": " + v.name() + "=" + v.value());
                }
            }
            if (!category.isEmpty() && matches.isEmpty()) {
                reply.line("No categories found");
            }
            ctx.send(reply.build());
        });
    }
}
