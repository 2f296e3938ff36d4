package org.switchboard.manager.core;

import java.util.List;

import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;

/** The session and protocol actions of manager.c that need no PBX (spec 01 §9.1). */
public final class CoreActions implements ActionFamily {
    @Override
    public List<ActionHandler> handlers() {
        return List.of(
                new PingAction(),
                new LoginAction(),
                new LogoffAction(),
                new ChallengeAction(),
                new EventsAction(),
                new ListCommandsAction(),
                new WaitEventAction(),
                new FilterAction(),
                new UserEventAction());
    }
}
