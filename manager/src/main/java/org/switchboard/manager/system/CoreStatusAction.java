package org.switchboard.manager.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.action.ActionIdLine;
import org.switchboard.manager.auth.PermissionClass;

/** CoreStatus (spec 01 §9.2): start-up and reload date/time (local), channel counters. */
final class CoreStatusAction implements ActionHandler {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    @Override public String name() { return "CoreStatus"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Show PBX core status variables."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        ManagerRuntime rt = ctx.runtime();
        ZonedDateTime startup = local(rt.status().startup());
        ZonedDateTime reload = local(rt.status().lastReload());
        ctx.send("Response: Success\r\n"
                + ActionIdLine.truncated(ctx.actionId(), 150)
                + "CoreStartupDate: " + DATE.format(startup) + "\r\n"
                + "CoreStartupTime: " + TIME.format(startup) + "\r\n"
                + "CoreReloadDate: " + DATE.format(reload) + "\r\n"
                + "CoreReloadTime: " + TIME.format(reload) + "\r\n"
                + "CoreCurrentCalls: " + rt.status().activeChannels() + "\r\n"
                + "CoreProcessedCalls: " + rt.status().processedCalls() + "\r\n"
                + "\r\n");
        return DONE;
    }

    private static ZonedDateTime local(Instant t) {
        return ZonedDateTime.ofInstant(t, ZoneId.systemDefault());
    }
}
