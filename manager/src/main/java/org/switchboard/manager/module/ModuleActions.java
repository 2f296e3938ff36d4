package org.switchboard.manager.module;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;

/** Module management actions of manager.c (spec 01 §9.2): ModuleCheck and ModuleLoad. Reload is a system action. */
public final class ModuleActions implements ActionFamily {
    private final BooleanSupplier liveDangerously;

    /** @param liveDangerously asterisk.conf live_dangerously, read at each request */
    public ModuleActions(BooleanSupplier liveDangerously) {
        this.liveDangerously = liveDangerously;
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(new ModuleCheckAction(), new ModuleLoadAction(liveDangerously));
    }
}
