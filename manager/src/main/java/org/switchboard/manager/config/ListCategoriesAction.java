package org.switchboard.manager.config;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.config.Category;
import org.switchboard.config.ConfigEditor;
import org.switchboard.config.ConfigFile;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.AmiBlockBuilder;
import org.switchboard.protocol.AmiResponse;

/**
 * ListCategories (spec 01 §9.3; manager.c action_listcategories): {@code Category-N} for every
 * category the Match filter lets through; none at all is the line {@code Error: no categories
 * found} inside a Success reply.
 */
final class ListCategoriesAction extends ConfigFileAction {
    ListCategoriesAction(ConfigFileAccess files, Executor io) {
        super(files, io);
    }

    @Override public String name() { return "ListCategories"; }
    @Override public int requiredWrite() { return PermissionClass.CONFIG.mask(); }
    @Override public String synopsis() { return "List categories in configuration file."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String fileName = ctx.header("Filename");
        String match = ctx.header("Match");
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
            List<Category> matches = ConfigEditor.browse(config, "", match);
            for (int c = 0; c < matches.size(); c++) {
                reply.header("Category-" + number(c), matches.get(c).name());
            }
            if (matches.isEmpty()) {
                reply.line("Error: no categories found");
            }
            ctx.send(reply.build());
        });
    }
}
