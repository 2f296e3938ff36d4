package org.switchboard.manager.config;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.config.Category;
import org.switchboard.config.ConfigEditor;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.AmiResponse;

/**
 * GetConfigJSON (spec 01 §9.3; manager.c action_getconfigjson): one {@code JSON:} line. Only
 * {@code \} and {@code "} are escaped, the templates list not at all, and a repeated variable
 * gives a repeated key, all as in Asterisk. Any access failure is "File requires escalated
 * privileges", even for a missing file.
 */
final class GetConfigJsonAction extends ConfigFileAction {
    GetConfigJsonAction(ConfigFileAccess files, Executor io) {
        super(files, io);
    }

    @Override public String name() { return "GetConfigJSON"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CONFIG); }
    @Override public String synopsis() { return "Retrieve configuration (JSON format)."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String fileName = ctx.header("Filename");
        String filter = ctx.header("Filter");
        String category = ctx.header("Category");
        if (fileName.isEmpty()) {
            ctx.reply(AmiResponse.error(NO_FILENAME));
            return DONE;
        }
        return onFileThread(ctx, () -> {
            if (files.check(fileName) != ConfigFileAccess.Verdict.ALLOWED) {
                ctx.reply(AmiResponse.error(RESTRICTED));
                return;
            }
            ConfigFile config = loadOrReply(ctx, fileName);
            if (config == null) {
                return;
            }
            StringBuilder json = new StringBuilder("{");
            boolean firstCategory = true;
            for (Category cat : ConfigEditor.browse(config, category, filter)) {
                json.append(firstCategory ? "" : ",").append('"').append(escape(cat.name())).append("\":{");
                firstCategory = false;
                boolean first = true;
                if (cat.isTemplate()) {
                    json.append("\"istemplate\":1");
                    first = false;
                }
                if (!cat.inheritedTemplates().isEmpty()) {
                    json.append(first ? "" : ",").append("\"templates\":\"")
                            .append(String.join(",", cat.inheritedTemplates())).append('"');
                    first = false;
                }
                for (Variable v : cat.variables()) {
                    json.append(first ? "" : ",").append('"').append(escape(v.name())).append("\":\"")
                            .append(escape(v.value())).append('"');
                    first = false;
                }
                json.append('}');
            }
            json.append('}');
            ctx.reply(AmiResponse.startAck().with("JSON", json.toString()));
        });
    }

    /** manager.c json_escape: a backslash before every {@code \} and {@code "}, nothing else. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '"') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
