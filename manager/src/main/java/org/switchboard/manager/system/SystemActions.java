package org.switchboard.manager.system;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;

/** System actions of manager.c that need no channels (spec 01 §9.2). */
public final class SystemActions implements ActionFamily {
    private final CoreSettingsAction.CdrSetting cdr;
    private final BooleanSupplier loggerRotate;

    public SystemActions(BooleanSupplier cdrEnabled, BooleanSupplier loggerRotate) {
        this.cdr = cdrEnabled::getAsBoolean;
        this.loggerRotate = loggerRotate;
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(
                new CoreSettingsAction(cdr),
                new CoreStatusAction(),
                new ReloadAction(),
                new LoggerRotateAction(loggerRotate),
                new CommandAction());
    }
}
