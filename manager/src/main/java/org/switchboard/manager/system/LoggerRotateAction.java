package org.switchboard.manager.system;

import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.AmiResponse;

/** LoggerRotate (spec 01 §9.2): reloads the logger and rotates its files. */
final class LoggerRotateAction implements ActionHandler {
    private final BooleanSupplier rotate;

    /** {@code rotate} returns true on success. */
    LoggerRotateAction(BooleanSupplier rotate) {
        this.rotate = rotate;
    }

    @Override public String name() { return "LoggerRotate"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Reload and rotate the Asterisk logger."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        ctx.reply(rotate.getAsBoolean()
                ? AmiResponse.success("Reloaded the logger and rotated log files")
                : AmiResponse.error("Failed to reload the logger and rotate log files"));
        return DONE;
    }
}
